package kr.tupyo.visits.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.Partner;
import kr.tupyo.visits.internal.PartnerRegister;
import kr.tupyo.visits.internal.Partners;
import kr.tupyo.visits.internal.Visit;
import kr.tupyo.visits.internal.VisitStatistics;
import kr.tupyo.visits.internal.VisitView;
import kr.tupyo.visits.internal.Visits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Partners and their history, the calendar of visits, statistics (officials and rooms: {@link VisitCataloguePagesController}). */
@Controller
class VisitReferencePagesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Partners partners;
    private final Visits visits;
    private final VisitView view;
    private final VisitStatistics statistics;
    private final PartnerRegister register;
    private final PageMessages messages;

    VisitReferencePagesController(Partners partners, Visits visits, VisitView view,
                                  VisitStatistics statistics, PartnerRegister register, PageMessages messages) {
        this.partners = partners;
        this.visits = visits;
        this.view = view;
        this.statistics = statistics;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/visits/partners")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String partners(Model model) {
        model.addAttribute("partners", partners.all());
        model.addAttribute("partnerTypes", kr.tupyo.visits.PartnerType.values());
        return "visits/partners";
    }

    @PostMapping("/visits/partners")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String createPartner(@RequestParam String name, @RequestParam kr.tupyo.visits.PartnerType type,
                         @RequestParam String country, @RequestParam(required = false) String contactName,
                         @RequestParam(required = false) String contactEmail, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/partners", flash, locale, "visits.notice.partnerSaved",
                () -> register.create(name, type, country, contactName, contactEmail, null, null));
    }

    @GetMapping("/visits/partners/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String partner(@PathVariable UUID id, Model model) {
        Partner p = partners.find(id).orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, id));
        List<Visit> history = visits.ofPartner(id);
        model.addAttribute("partner", p);
        model.addAttribute("history", history);
        model.addAttribute("reports", view.reportsOf(history));
        return "visits/partner";
    }

    @PostMapping("/visits/partners/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String updatePartner(@PathVariable UUID id, @RequestParam(required = false) String electoralNotes,
                         RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/partners/" + id, flash, locale, "visits.notice.partnerSaved",
                () -> register.update(id, null, null, null, electoralNotes));
    }

    @PostMapping("/visits/partners/{id}/contacts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String addContact(@PathVariable UUID id, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String title, @RequestParam(required = false) String email,
                      @RequestParam(required = false) String phone, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/partners/" + id, flash, locale, "visits.notice.contactAdded",
                () -> register.addContact(id, name, title, email, phone));
    }

    @PostMapping("/visits/partners/{id}/contacts/{contactId}/remove")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String removeContact(@PathVariable UUID id, @PathVariable UUID contactId, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/partners/" + id, flash, locale, "visits.notice.contactRemoved",
                () -> register.removeContact(id, contactId));
    }

    /** A month of scheduled visits, by day. */
    @GetMapping("/visits/calendar")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String calendar(@RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.now(KoreaTime.ZONE);
        Map<LocalDate, List<Visit>> days = new TreeMap<>();
        for (Visit v : visits.accepted()) {
            if (v.startsAtKorea() != null && YearMonth.from(v.startsAtKorea()).equals(shown)) {
                days.computeIfAbsent(v.startsAtKorea().toLocalDate(), d -> new java.util.ArrayList<>()).add(v);
            }
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("days", days);
        model.addAttribute("weeks", CalendarWeeks.of(shown));
        return "visits/calendar";
    }

    @GetMapping("/visits/statistics")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        VisitStatistics.Breakdown b = statistics.of(year);
        model.addAttribute("stats", b);
        model.addAttribute("year", year);
        model.addAttribute("chartData", JSON.writeValueAsString(b.dimensions()));
        return "visits/statistics";
    }

    @GetMapping(value = "/visits/statistics.csv")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    ResponseEntity<String> statisticsCsv(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"visit-statistics.csv\"")
                .body(statistics.csv(year));
    }
}
