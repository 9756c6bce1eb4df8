package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periods without visits and public holidays beyond the bundled data, audited. A blackout laid over
 * visits already scheduled is saved with a warning listing them: those visits keep their bookings,
 * and their schedule shows the conflict until someone moves them (or the blackout).
 */
@Service
public class AvailabilityRegister {

    /** A saved blackout and the scheduled visits it falls on. */
    public record BlackoutSaved(UUID id, List<AffectedVisits.AffectedVisit> affectedVisits) {
    }

    private final Blackouts blackouts;
    private final PublicHolidays holidays;
    private final AffectedVisits affected;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    AvailabilityRegister(Blackouts blackouts, PublicHolidays holidays, AffectedVisits affected, AuditLog audit,
                         TransactionTemplate tx) {
        this.blackouts = blackouts;
        this.holidays = holidays;
        this.affected = affected;
        this.audit = audit;
        this.tx = tx;
    }

    public BlackoutSaved addBlackout(LocalDate from, LocalDate toInclusive, String reasonEn, String reasonKo) {
        validBlackout(from, toInclusive, reasonEn, reasonKo);
        return tx.execute(s -> {
            UUID id = blackouts.add(from, toInclusive, reasonEn.strip(), reasonKo.strip());
            return savedBlackout(id, "created", from, toInclusive);
        });
    }

    public BlackoutSaved updateBlackout(UUID id, LocalDate from, LocalDate toInclusive, String reasonEn, String reasonKo) {
        validBlackout(from, toInclusive, reasonEn, reasonKo);
        return tx.execute(s -> {
            if (!blackouts.update(id, from, toInclusive, reasonEn.strip(), reasonKo.strip())) {
                throw new ProblemException(VisitsError.VISIT_BLACKOUT_NOT_FOUND, id);
            }
            return savedBlackout(id, "edited", from, toInclusive);
        });
    }

    public void deleteBlackout(UUID id) {
        tx.executeWithoutResult(s -> {
            Blackouts.Blackout b = blackouts.find(id)
                    .orElseThrow(() -> new ProblemException(VisitsError.VISIT_BLACKOUT_NOT_FOUND, id));
            blackouts.delete(id);
            audit.record(VisitsAuditEvent.VISIT_BLACKOUT_CHANGED, target(id), AuditOutcome.SUCCESS,
                    Map.of("change", "deleted", "from", b.from().toString(), "until", b.until().toString()));
        });
    }

    private BlackoutSaved savedBlackout(UUID id, String change, LocalDate from, LocalDate toInclusive) {
        List<AffectedVisits.AffectedVisit> on = affected.scheduledBetween(from, toInclusive);
        audit.record(VisitsAuditEvent.VISIT_BLACKOUT_CHANGED, target(id), AuditOutcome.SUCCESS,
                Map.of("change", change, "from", from.toString(), "to", toInclusive.toString(),
                        "visits", AffectedVisits.ids(on)));
        return new BlackoutSaved(id, on);
    }

    /** Adds a holiday on a day staff have not entered yet; a day the gazette has already is refused too. */
    public void addHoliday(LocalDate day, String nameKo, String nameEn) {
        if (day == null || nameKo == null || nameKo.isBlank() || nameEn == null || nameEn.isBlank()
                || nameKo.length() > 200 || nameEn.length() > 200) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "holiday"), "holiday");
        }
        if (!holidays.bundledOn(day).isEmpty()) {
            throw new ProblemException(VisitsError.VISIT_HOLIDAY_EXISTS, day, String.join(", ", holidays.bundledOn(day)));
        }
        tx.executeWithoutResult(s -> {
            String by = StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
            if (!holidays.add(new PublicHolidays.StaffHoliday(day, nameKo.strip(), nameEn.strip(), by))) {
                throw new ProblemException(VisitsError.VISIT_HOLIDAY_EXISTS, day,
                        holidays.staffEntered(day).map(PublicHolidays.StaffHoliday::nameKo).orElse(""));
            }
            audit.record(VisitsAuditEvent.VISIT_HOLIDAY_CHANGED, "visit-holiday:" + day, AuditOutcome.SUCCESS,
                    Map.of("change", "added"));
        });
    }

    /** Removes a staff-entered holiday (the bundled gazette data cannot be removed). */
    public void removeHoliday(LocalDate day) {
        tx.executeWithoutResult(s -> {
            if (!holidays.remove(day)) {
                throw new ProblemException(VisitsError.VISIT_HOLIDAY_NOT_FOUND, day);
            }
            audit.record(VisitsAuditEvent.VISIT_HOLIDAY_CHANGED, "visit-holiday:" + day, AuditOutcome.SUCCESS,
                    Map.of("change", "removed"));
        });
    }

    private static void validBlackout(LocalDate from, LocalDate to, String reasonEn, String reasonKo) {
        if (from == null || to == null || to.isBefore(from) || reasonEn == null || reasonEn.isBlank()
                || reasonKo == null || reasonKo.isBlank()) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "blackout"), "blackout");
        }
    }

    private static String target(UUID id) {
        return "visit-blackout:" + id;
    }
}
