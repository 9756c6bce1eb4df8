package kr.tupyo.visits.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.GiftDirection;
import kr.tupyo.visits.GiftDisposition;
import kr.tupyo.visits.MemberRole;
import kr.tupyo.visits.ScheduleOutcome;
import kr.tupyo.visits.internal.Booking;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.Delegations;
import kr.tupyo.visits.internal.Gift;
import kr.tupyo.visits.internal.GiftRegister;
import kr.tupyo.visits.internal.Member;
import kr.tupyo.visits.internal.Scheduler;
import kr.tupyo.visits.internal.TriageDecision;
import kr.tupyo.visits.internal.VisitDocuments;
import kr.tupyo.visits.internal.VisitRequests;
import kr.tupyo.visits.internal.VisitView;
import kr.tupyo.visits.internal.Visits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's desk: the triage queue, one visit's page, and the actions on it. */
@Controller
class VisitsPagesController {

    private final Visits visits;
    private final VisitRequests requests;
    private final Delegations delegations;
    private final VisitView view;
    private final Catalogue catalogue;
    private final Scheduler scheduler;
    private final GiftRegister gifts;
    private final VisitDocuments documents;
    private final PageMessages messages;

    VisitsPagesController(Visits visits, VisitRequests requests, Delegations delegations, VisitView view,
                          Catalogue catalogue, Scheduler scheduler, GiftRegister gifts, VisitDocuments documents,
                          PageMessages messages) {
        this.visits = visits;
        this.requests = requests;
        this.delegations = delegations;
        this.view = view;
        this.catalogue = catalogue;
        this.scheduler = scheduler;
        this.gifts = gifts;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/visits")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String desk(Model model) {
        model.addAttribute("queue", requests.queue());
        model.addAttribute("accepted", visits.accepted());
        return "visits/desk";
    }

    @GetMapping("/visits/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String visit(@PathVariable UUID id, Model model, Locale locale) {
        VisitView.Whole whole = view.of(id, locale);
        model.addAttribute("v", whole);
        model.addAttribute("rooms", catalogue.rooms());
        model.addAttribute("officials", catalogue.officials());
        model.addAttribute("bookedOfficials", catalogue.allOfficials().stream()
                .filter(o -> whole.bookings().stream().anyMatch(b -> b.resource().equals(Booking.official(o.id()))))
                .toList());
        var roomNames = catalogue.allRooms().stream().collect(java.util.stream.Collectors.toMap(
                kr.tupyo.visits.internal.Room::code, r -> r.name(locale)));
        model.addAttribute("standing", scheduler.standing(id).stream()
                .map(x -> ConflictText.of(x, messages, locale, roomNames)).toList());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("directions", GiftDirection.values());
        model.addAttribute("dispositions", GiftDisposition.values());
        model.addAttribute("documentKinds", Arrays.stream(VisitDocuments.Kind.values()).map(VisitDocuments.Kind::slug).toList());
        model.addAttribute("threshold", gifts.thresholdKrw());
        return "visits/visit";
    }

    @PostMapping("/visits/{id}/triage")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String triage(@PathVariable UUID id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                  RedirectAttributes flash, Locale locale) {
        TriageDecision d = switch (decision) {
            case "ACCEPT" -> new TriageDecision.Accept();
            case "COUNTER_PROPOSE" -> new TriageDecision.CounterPropose(from, to, reason);
            default -> new TriageDecision.Decline(reason);
        };
        return messages.run("/visits/" + id, flash, locale, "visits.notice.triaged", () -> requests.triage(id, d));
    }

    @PostMapping("/visits/{id}/members")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String addMember(@PathVariable UUID id, @RequestParam String fullName, @RequestParam(required = false) String title,
                     @RequestParam String organisation, @RequestParam String country, @RequestParam MemberRole role,
                     @RequestParam(required = false) String dietaryNotes,
                     @RequestParam(required = false) String accessibilityNotes,
                     @RequestParam(required = false) String nameCardSpelling, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#delegation", flash, locale, "visits.notice.memberAdded",
                () -> delegations.add(id, new Member(null, 0, fullName, title, organisation, country, role, dietaryNotes,
                        accessibilityNotes, nameCardSpelling)));
    }

    @PostMapping("/visits/{id}/members/{memberId}/remove")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#delegation", flash, locale, "visits.notice.memberRemoved",
                () -> delegations.remove(id, memberId));
    }

    @PostMapping("/visits/{id}/schedule")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String schedule(@PathVariable UUID id, @RequestParam LocalDate date, @RequestParam LocalTime time,
                    RedirectAttributes flash, Locale locale) {
        try {
            switch (scheduler.schedule(id, LocalDateTime.of(date, time))) {
                case ScheduleOutcome.Scheduled s -> {
                    flash.addFlashAttribute("notice", messages.text(locale, "visits.notice.scheduled"));
                    if (s.warnings().contains(ScheduleOutcome.Scheduled.NO_HOLIDAY_DATA)) {
                        flash.addFlashAttribute("scheduleWarning", messages.text(locale, "visits.schedule.noHolidayData",
                                date.getYear()));
                    }
                }
                case ScheduleOutcome.Conflicted c -> {
                    flash.addFlashAttribute("problem", messages.text(locale, "visits.schedule.conflicted"));
                    var rooms = catalogue.allRooms().stream().collect(java.util.stream.Collectors.toMap(
                            kr.tupyo.visits.internal.Room::code, r -> r.name(locale)));
                    flash.addFlashAttribute("conflicts", c.conflicts().stream()
                            .map(x -> ConflictText.of(x, messages, locale, rooms)).toList());
                    flash.addFlashAttribute("suggestions", c.suggestions());
                }
            }
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/visits/" + id + "#schedule";
    }

    @PostMapping("/visits/{id}/gifts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String addGift(@PathVariable UUID id, @RequestParam GiftDirection direction, @RequestParam String description,
                   @RequestParam String giver, @RequestParam String recipient, @RequestParam long valueKrw,
                   @RequestParam LocalDate givenOn, @RequestParam GiftDisposition disposition,
                   RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#gifts", flash, locale, "visits.notice.giftRecorded",
                () -> gifts.record(id, new Gift(null, id, direction, description, giver, recipient, valueKrw, givenOn,
                        disposition, false)));
    }

    @GetMapping("/visits/{id}/documents/{kind}.pdf")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind,
                                    @RequestParam(defaultValue = "ko") String lang) {
        return VisitRecordsApiController.pdf(documents, id, kind, lang);
    }

    static List<String> languagesOf(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
