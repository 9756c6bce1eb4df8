package kr.tupyo.experience.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.experience.internal.DemoSession;
import kr.tupyo.experience.internal.DemoStation;
import kr.tupyo.experience.internal.Scenario;
import kr.tupyo.experience.internal.SessionDesk;
import kr.tupyo.experience.internal.SpecimenDocuments;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experience room's pages: the sessions desk (start, reset, close), the guests' kiosk, the
 * "integrated voters list server" screen, and the PDFs they link to. The kiosk's and the screen's
 * scripts call {@link ExperienceKioskActions}.
 */
@Controller
class ExperiencePagesController {

    private final SessionDesk desk;
    private final SpecimenDocuments documents;
    private final MessageSource messages;

    ExperiencePagesController(SessionDesk desk, SpecimenDocuments documents, MessageSource messages) {
        this.desk = desk;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/experience")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String sessions(Model model) {
        model.addAttribute("sessions", desk.recent());
        model.addAttribute("scenarios", Scenario.values());
        return "experience/sessions";
    }

    @PostMapping("/experience/sessions")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String start(@RequestParam String scenario, @RequestParam String title, @RequestParam(required = false) Integer guests,
                 @RequestParam(defaultValue = "en") String language, RedirectAttributes flash, Locale locale) {
        try {
            DemoSession session = desk.start(new SessionDesk.NewSession(scenario, title, guests, language));
            return "redirect:/experience/sessions/" + session.id() + "?lang=" + session.language();
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", problem(e, locale));
            return "redirect:/experience";
        }
    }

    @GetMapping("/experience/sessions/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String kiosk(@PathVariable UUID id, @RequestParam(required = false) String lang, Model model, Locale locale) {
        DemoSession session = desk.find(id);
        if (lang == null && !session.language().equals(locale.getLanguage())) {
            return "redirect:/experience/sessions/" + id + "?lang=" + session.language(); // the delegation's language first
        }
        model.addAttribute("demo", session);
        model.addAttribute("stations", DemoStation.values());
        return "experience/kiosk";
    }

    @GetMapping("/experience/sessions/{id}/server")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String server(@PathVariable UUID id, Model model) {
        model.addAttribute("demo", desk.find(id));
        return "experience/server";
    }

    @PostMapping("/experience/sessions/{id}/reset")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String reset(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return run(flash, locale, "experience.notice.reset", () -> desk.reset(id));
    }

    @PostMapping("/experience/sessions/{id}/close")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String close(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return run(flash, locale, "experience.notice.closed", () -> desk.close(id));
    }

    @GetMapping("/experience/sessions/{id}/cards.pdf")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    ResponseEntity<byte[]> cards(@PathVariable UUID id) {
        return ExperienceApiController.pdf(documents.cards(id), "demo-voter-cards.pdf");
    }

    @GetMapping("/experience/sessions/{id}/issuances/{issuanceId}/ballots.pdf")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    ResponseEntity<byte[]> ballots(@PathVariable UUID id, @PathVariable UUID issuanceId) {
        return ExperienceApiController.pdf(documents.ballots(id, issuanceId), "specimen-ballots.pdf");
    }

    @GetMapping("/experience/sessions/{id}/issuances/{issuanceId}/envelope-label.pdf")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    ResponseEntity<byte[]> envelopeLabel(@PathVariable UUID id, @PathVariable UUID issuanceId) {
        return ExperienceApiController.pdf(documents.envelopeLabel(id, issuanceId), "specimen-envelope-label.pdf");
    }

    private String run(RedirectAttributes flash, Locale locale, String noticeKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.getMessage(noticeKey, null, noticeKey, locale));
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", problem(e, locale));
        }
        return "redirect:/experience";
    }

    private String problem(ProblemException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.messageArguments(), e.code().name(), locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile experienceRoomTile() {
            return new HomeTile("experience.tile.title", "experience.tile.description", "/experience",
                    Set.of("VISITS_OFFICER", "ADMIN"), 520);
        }
    }
}
