package kr.tupyo.visits.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping the senior officials up to date, audited: editing, retiring (refused while future visits
 * still book them: the officer reassigns those first), removing an absence.
 */
@Service
public class OfficialRegister {

    private final Catalogue catalogue;
    private final Blackouts blackouts;
    private final AffectedVisits affected;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    OfficialRegister(Catalogue catalogue, Blackouts blackouts, AffectedVisits affected, AuditLog audit,
                     TransactionTemplate tx, Clock clock) {
        this.catalogue = catalogue;
        this.blackouts = blackouts;
        this.affected = affected;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public UUID create(Official o) {
        return tx.execute(s -> {
            UUID id = catalogue.addOfficial(o);
            audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(id), AuditOutcome.SUCCESS,
                    Map.of("change", "created"));
            return id;
        });
    }

    /** Names, titles, department, e-mail, portfolio and languages; {@code changed.id()} says whom. */
    public Official update(Official changed) {
        return tx.execute(s -> {
            Official current = find(changed.id());
            if (current.retired()) {
                throw new ProblemException(VisitsError.VISIT_OFFICIAL_RETIRED, current.nameEn());
            }
            catalogue.updateOfficial(changed);
            audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(changed.id()), AuditOutcome.SUCCESS,
                    Map.of("change", "edited"));
            return find(changed.id());
        });
    }

    public void retire(UUID id) {
        List<AffectedVisits.AffectedVisit> booked = tx.execute(s -> {
            Official current = find(id);
            if (current.retired()) {
                throw new ProblemException(VisitsError.VISIT_OFFICIAL_RETIRED, current.nameEn());
            }
            List<AffectedVisits.AffectedVisit> still = affected.holding(Booking.official(id), clock.instant(), 0);
            if (still.isEmpty()) {
                catalogue.retireOfficial(id, clock.instant());
                audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(id), AuditOutcome.SUCCESS,
                        Map.of("change", "retired"));
            }
            return still;
        });
        if (!booked.isEmpty()) {
            tx.executeWithoutResult(s -> audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(id),
                    AuditOutcome.FAILURE, Map.of("change", "retire refused", "visits", AffectedVisits.ids(booked))));
            throw new ProblemException(VisitsError.VISIT_OFFICIAL_STILL_BOOKED, Map.of("visits", booked), booked.size());
        }
    }

    public UUID addAbsence(UUID officialId, java.time.Instant from, java.time.Instant to, String reason) {
        return tx.execute(s -> {
            find(officialId);
            if (from == null || to == null || !to.isAfter(from) || reason == null || reason.isBlank()) {
                throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "absence"), "absence");
            }
            UUID id = blackouts.addAbsence(officialId, from, to, reason.strip());
            audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(officialId), AuditOutcome.SUCCESS,
                    Map.of("change", "absence added", "absence", id.toString()));
            return id;
        });
    }

    public void removeAbsence(UUID officialId, UUID absenceId) {
        tx.executeWithoutResult(s -> {
            if (!blackouts.removeAbsence(officialId, absenceId)) {
                throw new ProblemException(VisitsError.VISIT_ABSENCE_NOT_FOUND, absenceId);
            }
            audit.record(VisitsAuditEvent.VISIT_OFFICIAL_CHANGED, target(officialId), AuditOutcome.SUCCESS,
                    Map.of("change", "absence removed", "absence", absenceId.toString()));
        });
    }

    private Official find(UUID id) {
        return catalogue.official(id).orElseThrow(() -> new ProblemException(VisitsError.VISIT_OFFICIAL_NOT_FOUND, id));
    }

    private static String target(UUID id) {
        return "visit-official:" + id;
    }
}
