package kr.tupyo.audit;

/** How the audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
