package kr.tupyo.audit;

import java.util.List;
import java.util.Map;

/**
 * Appends to the audit log. The actor (the signed-in person or token, else {@code anonymous} or
 * {@code system}) and the caller's address are taken from the current request; the entry joins the
 * caller's transaction, so an action and its entry commit or roll back together.
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

    /**
     * Who is acting in the current request, and from where: taken on the request's thread for entries that
     * another thread will record for it ({@link #recordAll}).
     */
    Actor currentActor();

    /**
     * Records several entries in one statement, in the list's order, in the caller's transaction: for work
     * that is written in batches on a thread other than the requests' (early voting's issuance writer).
     */
    void recordAll(List<Entry> entries);

    /** The actor of an entry and the address their request came from (null when not over HTTP). */
    record Actor(String name, String remoteAddress) {
    }

    /** One entry for {@link #recordAll}. */
    record Entry(Actor actor, AuditEventType type, String target, AuditOutcome outcome, Map<String, String> details) {
    }
}
