package kr.tupyo.visits.web;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.internal.VisitReports;
import kr.tupyo.visits.internal.VisitView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The post-visit report page: attendance, Q&A notes, follow-ups and photos. */
@Controller
class VisitReportPagesController {

    private final VisitReports reports;
    private final VisitView view;
    private final PageMessages messages;

    VisitReportPagesController(VisitReports reports, VisitView view, PageMessages messages) {
        this.reports = reports;
        this.view = view;
        this.messages = messages;
    }

    @GetMapping("/visits/{id}/report")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String report(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("v", view.of(id, locale));
        return "visits/report";
    }

    @PostMapping("/visits/{id}/report")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String write(@PathVariable UUID id, @RequestParam int attended, @RequestParam(required = false) String attendance,
                 @RequestParam(required = false) String summary, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "/report", flash, locale, "visits.notice.reportSaved",
                () -> reports.write(id, attended, attendance, summary));
    }

    @PostMapping("/visits/{id}/report/questions")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String question(@PathVariable UUID id, @RequestParam String askedBy, @RequestParam String question,
                    @RequestParam String answeredBy, @RequestParam String answer, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "/report#questions", flash, locale, "visits.notice.reportSaved",
                () -> reports.addQuestion(id, askedBy, question, answeredBy, answer));
    }

    @PostMapping("/visits/{id}/report/follow-ups")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String followUp(@PathVariable UUID id, @RequestParam String action, @RequestParam String owner,
                    @RequestParam LocalDate dueOn, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "/report#follow-ups", flash, locale, "visits.notice.reportSaved",
                () -> reports.addFollowUp(id, action, owner, dueOn));
    }

    @PostMapping("/visits/{id}/report/follow-ups/{followUpId}/done")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String followUpDone(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam boolean done,
                        RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "/report#follow-ups", flash, locale, "visits.notice.reportSaved",
                () -> reports.setFollowUpDone(id, followUpId, done));
    }

    @PostMapping("/visits/{id}/report/photos")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String photo(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                 @RequestParam(required = false) String caption, RedirectAttributes flash, Locale locale) {
        return messages.run("/visits/" + id + "/report#photos", flash, locale, "visits.notice.reportSaved", () -> {
            try {
                reports.addPhoto(id, file.getOriginalFilename(), file.getBytes(), caption);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/visits/{id}/photos/{photoId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    ResponseEntity<byte[]> photoBytes(@PathVariable UUID id, @PathVariable UUID photoId) {
        return reports.photo(id, photoId)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                        .header("X-Content-Type-Options", "nosniff").body(p.bytes()))
                .orElseThrow(() -> new ProblemException(PlatformError.NOT_FOUND));
    }
}
