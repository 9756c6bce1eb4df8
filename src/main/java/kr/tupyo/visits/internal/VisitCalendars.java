package kr.tupyo.visits.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;

/** iCalendar exports: one official's invitations, and every scheduled visit (one event per visit). */
@Service
public class VisitCalendars {

    private final Bookings bookings;
    private final Visits visits;
    private final ProgrammeItems items;
    private final Catalogue catalogue;
    private final Clock clock;

    VisitCalendars(Bookings bookings, Visits visits, ProgrammeItems items, Catalogue catalogue, Clock clock) {
        this.bookings = bookings;
        this.visits = visits;
        this.items = items;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** One event per programme item the official is booked for: what, where, with whom. */
    public String forOfficial(UUID officialId) {
        Official official = catalogue.official(officialId)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_OFFICIAL_NOT_FOUND, officialId));
        Map<UUID, Visit> visitCache = new HashMap<>();
        Map<UUID, ProgrammeItem> itemCache = new HashMap<>();
        Map<String, Room> rooms = new HashMap<>();
        catalogue.allRooms().forEach(r -> rooms.put(r.code(), r));
        ICalendar cal = new ICalendar(official.nameEn() + " – visits");
        for (Booking b : bookings.ofResource(Booking.official(officialId))) {
            Visit visit = visitCache.computeIfAbsent(b.visitId(), id -> visits.find(id).orElseThrow());
            ProgrammeItem item = itemCache.computeIfAbsent(b.itemId(), id -> items.of(b.visitId()).stream()
                    .filter(i -> i.id().equals(id)).findFirst().orElseThrow());
            Room room = item.roomCode() == null ? null : rooms.get(item.roomCode());
            cal.event(b.itemId() + "-" + officialId + "@tupyo", clock.instant(), b.from(), b.to(),
                    item.titleEn() + " – " + visit.organisation(),
                    room == null ? null : room.nameEn() + " / " + room.nameKo(),
                    item.titleKo() + "\n" + visit.organisation() + " (" + visit.country() + "), "
                            + visit.delegationSize() + " guests\n" + visit.purpose());
        }
        return cal.build();
    }

    /** Every scheduled visit, start to end. */
    public String all() {
        ICalendar cal = new ICalendar("International visits");
        for (Visit visit : visits.accepted()) {
            List<Booking> held = bookings.of(visit.id());
            if (visit.startsAt() == null || held.isEmpty()) {
                continue;
            }
            var end = held.stream().map(Booking::to).max(java.time.Instant::compareTo).orElseThrow();
            cal.event(visit.id() + "@tupyo", clock.instant(), visit.startsAt(), end,
                    "Visit: " + visit.organisation(), null, visit.purpose());
        }
        return cal.build();
    }
}
