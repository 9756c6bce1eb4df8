package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;

/** Everything about one visit, read together for its page and its documents. */
@Service
public class VisitView {

    public record Whole(Visit visit, Partner partner, List<Member> members, List<ProgrammeRow> programme,
                        List<Booking> bookings, List<Gift> gifts, VisitReport report, List<Visit> previous) {

        public int minutes() {
            return programme.stream().mapToInt(r -> r.item().minutes()).sum();
        }
    }

    private final Visits visits;
    private final Partners partners;
    private final Members members;
    private final ProgrammeItems items;
    private final Catalogue catalogue;
    private final Bookings bookings;
    private final GiftRegister gifts;
    private final VisitReports reports;

    VisitView(Visits visits, Partners partners, Members members, ProgrammeItems items, Catalogue catalogue,
              Bookings bookings, GiftRegister gifts, VisitReports reports) {
        this.visits = visits;
        this.partners = partners;
        this.members = members;
        this.items = items;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.gifts = gifts;
        this.reports = reports;
    }

    public Whole of(UUID id, Locale locale) {
        Visit visit = visits.find(id).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, id));
        Partner partner = visit.partnerId() == null ? null : partners.find(visit.partnerId()).orElse(null);
        List<ProgrammeRow> rows = ProgrammeRow.of(items.of(id), visit.startsAtKorea(), locale,
                catalogue.allRooms().stream().collect(Collectors.toMap(Room::code, Function.identity())),
                catalogue.allOfficials().stream().collect(Collectors.toMap(Official::id, Function.identity())),
                catalogue.demonstrations().stream().collect(Collectors.toMap(Demonstration::code, Function.identity())));
        List<Visit> previous = partner == null ? List.of() : visits.ofPartner(partner.id()).stream()
                .filter(v -> !v.id().equals(id)).toList();
        return new Whole(visit, partner, members.of(id), rows, bookings.of(id), gifts.of(id), reports.of(id), previous);
    }

    public Map<UUID, VisitReport> reportsOf(List<Visit> list) {
        return list.stream().collect(Collectors.toMap(Visit::id, v -> reports.of(v.id())));
    }
}
