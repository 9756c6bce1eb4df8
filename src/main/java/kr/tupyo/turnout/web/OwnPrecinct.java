package kr.tupyo.turnout.web;

import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.turnout.TurnoutAuditEvent;
import org.springframework.stereotype.Component;

/**
 * A precinct official acts for their own precinct only: anything else is refused with 403
 * {@code OTHER_PRECINCT} and recorded in the audit log. Other roles pass (their role decides).
 */
@Component
class OwnPrecinct {

    private final AuditLog audit;

    OwnPrecinct(AuditLog audit) {
        this.audit = audit;
    }

    void require(long precinctId) {
        StaffPrincipal.current().ifPresent(caller -> {
            if (!caller.mayActForPrecinct(precinctId)) {
                audit.record(TurnoutAuditEvent.TURNOUT_ELECTION_DAY_ENTRY_REFUSED, "precinct:" + precinctId,
                        AuditOutcome.DENIED, Map.of("precinct", Long.toString(precinctId),
                                "ownPrecinct", String.valueOf(caller.precinctId())));
                caller.requireMayActForPrecinct(precinctId);
            }
        });
    }

    /** The caller's own precinct (precinct officials only). */
    static long of(StaffPrincipal caller) {
        if (caller.precinctId() == null) {
            throw new IllegalStateException("not a precinct official: " + caller.role());
        }
        return caller.precinctId();
    }
}
