package kr.tupyo.visits.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.ScheduleConflict;
import kr.tupyo.visits.ScheduleOutcome;
import kr.tupyo.visits.VisitStatus;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books a visit's officials and rooms from a start time, or answers with the conflicts and the
 * nearest free starts. The check runs in memory; the database's exclusion constraint has the last
 * word when two officers (or two instances) book the same resource at the same moment: the loser's
 * transaction rolls back and gets the conflicts as they now stand.
 */
@Service
public class Scheduler {

    static final int SEARCH_DAYS = 30;
    static final int SUGGESTIONS = 3;
    static final Duration STEP = Duration.ofMinutes(30);

    private final Visits visits;
    private final ProgrammeItems items;
    private final Bookings bookings;
    private final Blackouts blackouts;
    private final Catalogue catalogue;
    private final PublicHolidays holidays;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final java.time.Clock clock;

    Scheduler(Visits visits, ProgrammeItems items, Bookings bookings, Blackouts blackouts, Catalogue catalogue,
              PublicHolidays holidays, AuditLog audit, TransactionTemplate tx, java.time.Clock clock) {
        this.clock = clock;
        this.visits = visits;
        this.items = items;
        this.bookings = bookings;
        this.blackouts = blackouts;
        this.catalogue = catalogue;
        this.holidays = holidays;
        this.audit = audit;
        this.tx = tx;
    }

    public ScheduleOutcome schedule(UUID visitId, LocalDateTime start) {
        try {
            return tx.execute(status -> attempt(visitId, start));
        } catch (DataIntegrityViolationException lostRace) {
            // Another booking committed between our check and our insert: check again, now it shows.
            return tx.execute(status -> attempt(visitId, start));
        }
    }

    private ScheduleOutcome attempt(UUID visitId, LocalDateTime start) {
        Visit visit = visits.lock(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        if (visit.status() != VisitStatus.ACCEPTED) {
            throw new ProblemException(VisitsError.VISIT_NOT_ACCEPTED, visit.status());
        }
        List<ProgrammeItem> programme = items.of(visitId);
        if (programme.isEmpty()) {
            throw new ProblemException(VisitsError.VISIT_NOT_SCHEDULED, visitId);
        }
        Occupancy occ = occupancy(visitId, start);
        ScheduleCheck.Result result = ScheduleCheck.check(visitId, visit.delegationSize(), programme, start, occ);
        if (!result.conflicts().isEmpty()) {
            audit.record(VisitsAuditEvent.VISIT_SCHEDULE_CONFLICTED, "visit:" + visitId, AuditOutcome.FAILURE,
                    Map.of("kinds", result.conflicts().stream().map(ScheduleConflict::kind).distinct()
                            .collect(Collectors.joining(","))));
            return new ScheduleOutcome.Conflicted(result.conflicts(),
                    suggestions(visitId, visit.delegationSize(), programme, start, occ));
        }
        List<String> warnings = occ.holidays().covers(start.toLocalDate()) ? List.of()
                : List.of(ScheduleOutcome.Scheduled.NO_HOLIDAY_DATA);
        bookings.release(visitId);
        result.plan().forEach(bookings::insert);
        visits.setStart(visitId, start.atZone(KoreaTime.ZONE).toInstant());
        int minutes = programme.stream().mapToInt(ProgrammeItem::minutes).sum();
        audit.record(VisitsAuditEvent.VISIT_SCHEDULED, "visit:" + visitId, AuditOutcome.SUCCESS,
                warnings.isEmpty() ? Map.of("start", start.toString())
                        : Map.of("start", start.toString(), "warnings", String.join(",", warnings)));
        return new ScheduleOutcome.Scheduled(start, start.plusMinutes(minutes), result.plan().size(), warnings);
    }

    /**
     * What stands in a scheduled visit's way now, at the time it is booked for: a blackout or a
     * holiday entered after the booking, a retired official, a closed room. The booking stays; the
     * visit's page shows these. Empty for a visit without a start.
     */
    public List<ScheduleConflict> standing(UUID visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        if (visit.startsAtKorea() == null) {
            return List.of();
        }
        LocalDateTime start = visit.startsAtKorea();
        return ScheduleCheck.check(visitId, visit.delegationSize(), items.of(visitId), start, occupancy(visitId, start))
                .conflicts();
    }

    /**
     * The free starts nearest to the one asked for, on working days within {@link #SEARCH_DAYS}.
     * Only time can be moved here: a room too small or closed, a retired official, stay so; those kinds are ignored.
     */
    List<LocalDateTime> suggestions(UUID visitId, int size, List<ProgrammeItem> programme, LocalDateTime wanted,
                                    Occupancy occ) {
        long minutes = programme.stream().mapToInt(ProgrammeItem::minutes).sum();
        List<LocalDateTime> candidates = new ArrayList<>();
        for (int d = -SEARCH_DAYS; d <= SEARCH_DAYS; d++) {
            var day = wanted.toLocalDate().plusDays(d);
            if (!day.isAfter(java.time.LocalDate.now(clock.withZone(KoreaTime.ZONE)))
                    || !ScheduleCheck.dayConflicts(day, occ).isEmpty()) { // only future working days
                continue;
            }
            for (LocalDateTime t = day.atTime(ScheduleCheck.OFFICE_OPENS);
                 !t.plusMinutes(minutes).toLocalTime().isAfter(ScheduleCheck.OFFICE_CLOSES)
                         && t.toLocalDate().equals(day) && !t.toLocalTime().equals(LocalTime.MIDNIGHT);
                 t = t.plus(STEP)) {
                candidates.add(t);
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong((LocalDateTime t) -> Math.abs(Duration.between(wanted, t).toMinutes()))
                        .thenComparing(Function.identity()))
                .filter(t -> ScheduleCheck.check(visitId, size, programme, t, occ).conflicts().stream()
                        .allMatch(Scheduler::timeless))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** Conflicts no other time removes. */
    private static boolean timeless(ScheduleConflict c) {
        return c instanceof ScheduleConflict.RoomTooSmall || c instanceof ScheduleConflict.RoomClosed
                || c instanceof ScheduleConflict.OfficialRetired;
    }

    private Occupancy occupancy(UUID visitId, LocalDateTime around) {
        var from = around.minusDays(SEARCH_DAYS + 1).atZone(KoreaTime.ZONE).toInstant();
        var to = around.plusDays(SEARCH_DAYS + 2).atZone(KoreaTime.ZONE).toInstant();
        return new Occupancy(bookings.othersBetween(visitId, from, to), blackouts.absencesBetween(from, to),
                blackouts.all(), holidays.calendar(),
                catalogue.allRooms().stream().collect(Collectors.toMap(Room::code, Function.identity())),
                catalogue.allOfficials().stream().collect(Collectors.toMap(Official::id, Function.identity())));
    }
}
