package kr.tupyo.audit;

import java.util.Map;

/**
 * Appends to the audit log. The actor (the signed-in person or token, else {@code anonymous} or
 * {@code system}) and the caller's address are taken from the current request; the entry joins the
 * caller's transaction, so an action and its audit entry commit or roll back together.
 */
public interface AuditLog {

    /** Records with an explicit actor, for moments when nobody is signed in yet (a sign-in attempt). */
    void recordAs(String actor, AuditEventType type, String target, AuditOutcome outcome, Map<String, String> details);

    default void record(AuditEventType type, String target, AuditOutcome outcome, Map<String, String> details) {
        recordAs(null, type, target, outcome, details);
    }

    default void record(AuditEventType type, String target, AuditOutcome outcome) {
        record(type, target, outcome, Map.of());
    }
}
