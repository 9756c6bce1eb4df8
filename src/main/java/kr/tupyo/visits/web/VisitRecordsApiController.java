package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.GiftDirection;
import kr.tupyo.visits.GiftDisposition;
import kr.tupyo.visits.internal.Gift;
import kr.tupyo.visits.internal.GiftRegister;
import kr.tupyo.visits.internal.VisitDocuments;
import kr.tupyo.visits.internal.VisitReport;
import kr.tupyo.visits.internal.VisitReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/visits/{id}")
@Tag(name = "Visits: records", description = "Gift register, documents (PDF) and the post-visit report")
class VisitRecordsApiController {

    record GiftBody(GiftDirection direction, String description, String giver, String recipient, long valueKrw,
                    LocalDate givenOn, GiftDisposition disposition) {
    }

    record ReportBody(int attended, String attendance, String summary) {
    }

    record QuestionBody(String askedBy, String question, String answeredBy, String answer) {
    }

    record FollowUpBody(String action, String owner, LocalDate dueOn) {
    }

    record Created(UUID id) {
    }

    private final GiftRegister gifts;
    private final VisitReports reports;
    private final VisitDocuments documents;

    VisitRecordsApiController(GiftRegister gifts, VisitReports reports, VisitDocuments documents) {
        this.gifts = gifts;
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping("/gifts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "The visit's gifts; 'reportable' marks received gifts at or above the reporting threshold")
    Map<String, Object> gifts(@PathVariable UUID id) {
        return Map.of("thresholdKrw", gifts.thresholdKrw(), "gifts", gifts.of(id));
    }

    @PostMapping("/gifts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Record a gift given or received")
    Gift recordGift(@PathVariable UUID id, @RequestBody GiftBody g) {
        return gifts.record(id, new Gift(null, id, g.direction(), g.description(), g.giver(), g.recipient(),
                g.valueKrw(), g.givenOn(), g.disposition(), false));
    }

    @GetMapping(value = "/documents/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "A document as PDF: itinerary, briefing, name-cards or letter; lang=ko|en")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind,
                                    @RequestParam(defaultValue = "ko") String lang) {
        return pdf(documents, id, kind, lang);
    }

    static ResponseEntity<byte[]> pdf(VisitDocuments documents, UUID id, String kind, String lang) {
        VisitDocuments.Kind k;
        try {
            k = VisitDocuments.Kind.ofSlug(kind);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(PlatformError.NOT_FOUND);
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.KOREAN;
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + k.slug() + "-" + locale.getLanguage() + ".pdf\"")
                .body(documents.render(id, k, locale));
    }

    @GetMapping("/report")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "The post-visit report: attendance, Q&A notes, follow-ups, photos")
    VisitReport report(@PathVariable UUID id) {
        return reports.of(id);
    }

    @PutMapping("/report")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Write the report (completes the visit)")
    VisitReport writeReport(@PathVariable UUID id, @RequestBody ReportBody body) {
        reports.write(id, body.attended(), body.attendance(), body.summary());
        return reports.of(id);
    }

    @PostMapping("/report/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Note a question from the Q&A: who asked, what, who answered and how")
    Created addQuestion(@PathVariable UUID id, @RequestBody QuestionBody q) {
        return new Created(reports.addQuestion(id, q.askedBy(), q.question(), q.answeredBy(), q.answer()));
    }

    @PostMapping("/report/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a follow-up action with its owner and due date")
    Created addFollowUp(@PathVariable UUID id, @RequestBody FollowUpBody f) {
        return new Created(reports.addFollowUp(id, f.action(), f.owner(), f.dueOn()));
    }

    @PostMapping("/report/follow-ups/{followUpId}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Mark a follow-up action done (done=false opens it again)")
    void followUpDone(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam(defaultValue = "true") boolean done) {
        reports.setFollowUpDone(id, followUpId, done);
    }

    @PostMapping(value = "/report/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Upload a photo (JPEG or PNG, at most 10 MB), parameter 'file'")
    Created addPhoto(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                     @RequestParam(required = false) String caption) throws IOException {
        return new Created(reports.addPhoto(id, file.getOriginalFilename(), file.getBytes(), caption));
    }

    @GetMapping("/report/photos/{photoId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "One uploaded photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return reports.photo(id, photoId)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType())).body(p.bytes()))
                .orElseThrow(() -> new ProblemException(PlatformError.NOT_FOUND));
    }

    static List<String> kinds() {
        return java.util.Arrays.stream(VisitDocuments.Kind.values()).map(VisitDocuments.Kind::slug).toList();
    }
}
