package kr.tupyo.visits.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitStatus;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receiving requests (staff or public form) and triaging them: accept, decline, counter-propose. */
@Service
public class VisitRequests {

    private final Visits visits;
    private final Partners partners;
    private final AuditLog audit;
    private final Clock clock;

    VisitRequests(Visits visits, Partners partners, AuditLog audit, Clock clock) {
        this.visits = visits;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID submit(VisitRequest request, String source) {
        UUID id = visits.insert(request, source);
        audit.record(VisitsAuditEvent.VISIT_REQUEST_RECEIVED, "visit:" + id, AuditOutcome.SUCCESS,
                Map.of("source", source));
        return id;
    }

    @Transactional
    public Visit triage(UUID id, TriageDecision decision) {
        Visit visit = visits.lock(id).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, id));
        VisitStatus next = switch (decision) {
            case TriageDecision.Accept a -> VisitStatus.ACCEPTED;
            case TriageDecision.Decline d -> VisitStatus.DECLINED;
            case TriageDecision.CounterPropose c -> VisitStatus.COUNTER_PROPOSED;
        };
        if (!visit.status().mayBecome(next)) {
            throw new ProblemException(VisitsError.VISIT_INVALID_TRANSITION,
                    Map.of("from", visit.status().name(), "to", next.name()), visit.status(), next);
        }
        String by = StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
        switch (decision) {
            case TriageDecision.Accept a -> {
                UUID partner = partners.findOrCreate(visit.organisation(), visit.partnerType(), visit.country(),
                        visit.requesterName(), visit.requesterEmail());
                visits.decide(id, next, null, null, null, by, clock.instant(), partner);
            }
            case TriageDecision.Decline d -> {
                if (d.reason() == null || d.reason().isBlank()) {
                    throw new ProblemException(VisitsError.VISIT_DECLINE_REASON_REQUIRED);
                }
                visits.decide(id, next, d.reason().strip(), null, null, by, clock.instant(), null);
            }
            case TriageDecision.CounterPropose c -> {
                if (c.from() == null || c.to() == null || c.to().isBefore(c.from())) {
                    throw VisitRequest.invalid("counterDates");
                }
                visits.decide(id, next, c.note(), c.from(), c.to(), by, clock.instant(), null);
            }
        }
        audit.record(VisitsAuditEvent.VISIT_TRIAGED, "visit:" + id, AuditOutcome.SUCCESS, Map.of("decision", next.name()));
        return visits.find(id).orElseThrow();
    }

    public List<Visit> queue() {
        return visits.awaitingTriage();
    }
}
