package kr.tupyo.audit;

/**
 * A kind of audited action. Each module lists its kinds in one enum implementing this; together they
 * are the audit-event catalogue (docs/audit-events.md, generated from them and checked by a test).
 */
public interface AuditEventType {

    /** Stable name stored in the log, e.g. {@code SIGN_IN_FAILED}. */
    String name();

    /** One English sentence for the catalogue: what happened and who does it. */
    String description();
}
