package kr.tupyo.visits.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping the rooms up to date, audited. A capacity that would make a room too small for a visit
 * already booked there in the future is refused with those visits, and so is closing a room still
 * booked (docs/decisions/065-visits-reference-data-changes-and-booked-visits.md).
 */
@Service
public class RoomRegister {

    private final Catalogue catalogue;
    private final AffectedVisits affected;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RoomRegister(Catalogue catalogue, AffectedVisits affected, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.catalogue = catalogue;
        this.affected = affected;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public void create(Room r) {
        valid(r);
        tx.executeWithoutResult(s -> {
            if (!catalogue.addRoom(r)) {
                throw new ProblemException(VisitsError.VISIT_ROOM_EXISTS, r.code());
            }
            audit.record(VisitsAuditEvent.VISIT_ROOM_CHANGED, target(r.code()), AuditOutcome.SUCCESS,
                    Map.of("change", "created", "capacity", Integer.toString(r.capacity())));
        });
    }

    /** Names, kind and capacity; {@code changed.code()} says which room. */
    public Room update(Room changed) {
        valid(changed);
        List<AffectedVisits.AffectedVisit> tooSmall = tx.execute(s -> {
            Room current = catalogue.lockRoom(changed.code())
                    .orElseThrow(() -> new ProblemException(VisitsError.VISIT_ROOM_NOT_FOUND, changed.code()));
            if (!current.active()) {
                throw new ProblemException(VisitsError.VISIT_ROOM_CLOSED, changed.code());
            }
            List<AffectedVisits.AffectedVisit> booked = changed.capacity() >= current.capacity() ? List.of()
                    : affected.holding(Booking.room(changed.code()), clock.instant(), changed.capacity());
            if (booked.isEmpty()) {
                catalogue.updateRoom(changed);
                audit.record(VisitsAuditEvent.VISIT_ROOM_CHANGED, target(changed.code()), AuditOutcome.SUCCESS,
                        Map.of("change", "edited", "capacity", current.capacity() + "->" + changed.capacity()));
            }
            return booked;
        });
        if (!tooSmall.isEmpty()) {
            refuse(changed.code(), "capacity " + changed.capacity() + " refused", tooSmall);
            throw new ProblemException(VisitsError.VISIT_ROOM_TOO_SMALL_FOR_BOOKED, Map.of("visits", tooSmall),
                    changed.capacity(), tooSmall.size());
        }
        return catalogue.room(changed.code()).orElseThrow();
    }

    public void close(String code) {
        List<AffectedVisits.AffectedVisit> booked = tx.execute(s -> {
            Room current = catalogue.lockRoom(code)
                    .orElseThrow(() -> new ProblemException(VisitsError.VISIT_ROOM_NOT_FOUND, code));
            if (!current.active()) {
                throw new ProblemException(VisitsError.VISIT_ROOM_CLOSED, code);
            }
            List<AffectedVisits.AffectedVisit> still = affected.holding(Booking.room(code), clock.instant(), 0);
            if (still.isEmpty()) {
                catalogue.closeRoom(code);
                audit.record(VisitsAuditEvent.VISIT_ROOM_CHANGED, target(code), AuditOutcome.SUCCESS,
                        Map.of("change", "closed"));
            }
            return still;
        });
        if (!booked.isEmpty()) {
            refuse(code, "close refused", booked);
            throw new ProblemException(VisitsError.VISIT_ROOM_STILL_BOOKED, Map.of("visits", booked), booked.size());
        }
    }

    /** The refusal is audited in a transaction of its own, since the caller's answer is an error. */
    private void refuse(String code, String change, List<AffectedVisits.AffectedVisit> visits) {
        tx.executeWithoutResult(s -> audit.record(VisitsAuditEvent.VISIT_ROOM_CHANGED, target(code),
                AuditOutcome.FAILURE, Map.of("change", change, "visits", AffectedVisits.ids(visits))));
    }

    private static void valid(Room r) {
        if (r.code() == null || !r.code().matches("[A-Z][A-Z0-9_]{1,39}") || blank(r.nameEn()) || blank(r.nameKo())
                || r.kind() == null || r.capacity() < 1 || r.capacity() > 1000) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "room"), "room");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String target(String code) {
        return "visit-room:" + code;
    }
}
