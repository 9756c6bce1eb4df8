package kr.tupyo.visits.internal;

import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding and removing delegation members. Only the count goes in the audit log, never a name. */
@Service
public class Delegations {

    private final Visits visits;
    private final Members members;
    private final AuditLog audit;

    Delegations(Visits visits, Members members, AuditLog audit) {
        this.visits = visits;
        this.members = members;
        this.audit = audit;
    }

    @Transactional
    public UUID add(UUID visitId, Member member) {
        visits.lock(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        UUID id = members.add(visitId, member);
        audit.record(VisitsAuditEvent.VISIT_DELEGATION_CHANGED, "visit:" + visitId, AuditOutcome.SUCCESS,
                Map.of("change", "added", "members", String.valueOf(members.of(visitId).size())));
        return id;
    }

    @Transactional
    public void remove(UUID visitId, UUID memberId) {
        if (!members.remove(visitId, memberId)) {
            throw new ProblemException(VisitsError.VISIT_NOT_FOUND, memberId);
        }
        audit.record(VisitsAuditEvent.VISIT_DELEGATION_CHANGED, "visit:" + visitId, AuditOutcome.SUCCESS,
                Map.of("change", "removed"));
    }
}
