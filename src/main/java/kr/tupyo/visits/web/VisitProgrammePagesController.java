package kr.tupyo.visits.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.experience.ExperienceRoom;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.ProgrammeTemplates;
import kr.tupyo.visits.internal.Programmes;
import kr.tupyo.visits.internal.TemplateItem;
import kr.tupyo.visits.internal.VisitCalendars;
import kr.tupyo.visits.internal.Visits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tailoring and editing a visit's programme, the standard template, and the iCalendar downloads. */
@Controller
class VisitProgrammePagesController {

    private final Programmes programmes;
    private final ProgrammeTemplates templates;
    private final Catalogue catalogue;
    private final VisitCalendars calendars;
    private final PageMessages messages;
    private final Visits visits;
    private final ExperienceRoom experienceRoom;

    VisitProgrammePagesController(Programmes programmes, ProgrammeTemplates templates, Catalogue catalogue,
                                  VisitCalendars calendars, PageMessages messages, Visits visits,
                                  ExperienceRoom experienceRoom) {
        this.visits = visits;
        this.experienceRoom = experienceRoom;
        this.programmes = programmes;
        this.templates = templates;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.messages = messages;
    }

    @PostMapping("/visits/{id}/programme/tailor")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String tailor(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#programme", flash, locale, "visits.notice.tailored", () -> programmes.tailor(id));
    }

    /** The experience-room item's "start demo": a demo session for this delegation (its size and language). */
    @PostMapping("/visits/{id}/programme/experience")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String startDemo(@PathVariable UUID id, @RequestParam(defaultValue = "PRESIDENTIAL") String scenario,
                     RedirectAttributes flash, Locale locale) {
        try {
            var visit = visits.find(id).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, id));
            UUID session = experienceRoom.startForVisit(new ExperienceRoom.VisitDemo(visit.id(), visit.organisation(),
                    visit.languages(), visit.delegationSize(), scenario));
            return "redirect:/experience/sessions/" + session;
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/visits/" + id + "#programme";
        }
    }

    @PostMapping("/visits/{id}/programme/{itemId}/move")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam int delta, RedirectAttributes flash,
                Locale locale) {
        return messages.run("/visits/" + id + "#programme", flash, locale, "visits.notice.programmeChanged",
                () -> programmes.move(id, itemId, delta));
    }

    @PostMapping("/visits/{id}/programme/{itemId}/drop")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String drop(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#programme", flash, locale, "visits.notice.programmeChanged",
                () -> programmes.drop(id, itemId));
    }

    @PostMapping("/visits/{id}/programme/{itemId}/edit")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String edit(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam int minutes,
                @RequestParam(required = false) String roomCode, @RequestParam(required = false) UUID officialId,
                RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#programme", flash, locale, "visits.notice.programmeChanged",
                () -> programmes.edit(id, itemId, minutes, roomCode, officialId));
    }

    @PostMapping("/visits/{id}/programme/add")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String add(@PathVariable UUID id, @RequestParam String titleEn, @RequestParam String titleKo,
               @RequestParam int minutes, @RequestParam(required = false) String roomCode,
               @RequestParam(required = false) UUID officialId, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "#programme", flash, locale, "visits.notice.programmeChanged",
                () -> programmes.add(id, new TemplateItem("OTHER", titleEn, titleKo, minutes, roomCode, officialId != null),
                        officialId));
    }

    @GetMapping("/visits/template")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String template(Model model) {
        int version = templates.currentVersion();
        model.addAttribute("version", version);
        model.addAttribute("items", templates.items(version));
        model.addAttribute("versions", templates.versions());
        model.addAttribute("rooms", catalogue.rooms());
        return "visits/template";
    }

    /** The edited rows arrive as parallel lists; an empty title drops a row, the blank last row adds one. */
    @PostMapping("/visits/template")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String saveTemplate(@RequestParam List<String> kind, @RequestParam List<String> titleEn,
                        @RequestParam List<String> titleKo, @RequestParam List<String> minutes,
                        @RequestParam List<String> roomCode, @RequestParam(required = false) List<String> withOfficial,
                        @RequestParam String note, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/template", flash, locale, "visits.notice.templateSaved", () -> {
            List<TemplateItem> items = new ArrayList<>();
            for (int i = 0; i < titleEn.size(); i++) {
                if (titleEn.get(i).isBlank()) {
                    continue;
                }
                int m = minutes.get(i).matches("\\d{1,3}") ? Integer.parseInt(minutes.get(i)) : 0;
                items.add(new TemplateItem(kind.get(i).isBlank() ? "OTHER" : kind.get(i), titleEn.get(i), titleKo.get(i),
                        m, roomCode.get(i), withOfficial != null && withOfficial.contains(String.valueOf(i))));
            }
            templates.saveNewVersion(items, note);
        });
    }

    @GetMapping(value = "/visits/officials/{officialId}/calendar.ics")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    ResponseEntity<String> officialCalendar(@PathVariable UUID officialId) {
        return VisitProgrammeApiController.ics(calendars.forOfficial(officialId), "official-" + officialId + ".ics");
    }

    @GetMapping(value = "/visits/calendar.ics")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    ResponseEntity<String> allVisits() {
        return VisitProgrammeApiController.ics(calendars.all(), "visits.ics");
    }
}
