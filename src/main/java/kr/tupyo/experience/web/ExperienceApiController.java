package kr.tupyo.experience.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.experience.ExperienceError;
import kr.tupyo.experience.internal.DemoIssuanceOutcome;
import kr.tupyo.experience.internal.DemoKiosk;
import kr.tupyo.experience.internal.DemoSession;
import kr.tupyo.experience.internal.SessionDesk;
import kr.tupyo.experience.internal.SessionStats;
import kr.tupyo.experience.internal.SpecimenDocuments;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The experience room's demo sessions: start, identify, issue once, print specimens, watch, reset, close. */
@RestController
@Tag(name = "Experience room", description = "Sandboxed demo elections for visiting delegations: "
        + "체험용 견본 / DEMO — not a real election. Nothing here touches the registry, voters lists, early voting or turnout.")
class ExperienceApiController {

    static final String API = "/api/v1/experience/sessions";

    private final SessionDesk desk;
    private final DemoKiosk kiosk;
    private final SpecimenDocuments documents;
    private final SessionStats.Reader stats;
    private final MessageSource messages;

    ExperienceApiController(SessionDesk desk, DemoKiosk kiosk, SpecimenDocuments documents, SessionStats.Reader stats,
                            MessageSource messages) {
        this.desk = desk;
        this.kiosk = kiosk;
        this.documents = documents;
        this.stats = stats;
        this.messages = messages;
    }

    /** @param number the demo card's number, as scanned from its bar code or typed */
    record IdentificationBody(String station, String number) {
    }

    /** @param signature PNG image of the guest's signature, as a data URL or base64 (checked, then dropped) */
    record IssuanceBody(UUID identificationId, String signature) {
    }

    @PostMapping(API)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Start a demo session: a scenario (PRESIDENTIAL, NATIONAL_ASSEMBLY, LOCAL), a title, the number of guests",
            description = "Creates the fictional demo voters (guests plus spares, the last spare blocked) and the two demo "
                    + "stations (IN_DISTRICT, OUT_OF_DISTRICT). language: ko or en (the kiosk's language).")
    SessionView create(@RequestBody(required = false) SessionDesk.NewSession body, Locale locale) {
        if (body == null) {
            throw new ProblemException(ExperienceError.INVALID_DEMO_SESSION, Map.of("field", "body"));
        }
        return view(desk.start(body), locale);
    }

    @GetMapping(API)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "The latest demo sessions, newest first (at most 100)")
    List<SessionView> list(Locale locale) {
        return desk.recent().stream().map(s -> view(s, locale)).toList();
    }

    @GetMapping(API + "/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "One demo session: scenario, contests, stations, status")
    SessionView get(@PathVariable UUID id, Locale locale) {
        return view(desk.find(id), locale);
    }

    @DeleteMapping(API + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Delete a demo session now, with its demo voters and issuances (else the 7-day purge does it)")
    void delete(@PathVariable UUID id) {
        desk.delete(id);
    }

    @PostMapping(API + "/{id}/identifications")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Identify a demo card at one of the session's two demo stations",
            description = "Answers status ELIGIBLE | ALREADY_ISSUED (station, time) | NOT_ON_LIST | BLOCKED (reason), the demo "
                    + "voter (masked number), in-district or not, and the contests, with the identificationId to issue on. "
                    + "Only demo numbers (YYMMDD-S999NNC) are taken: anything else is 422 NOT_A_DEMO_NUMBER and is not stored.")
    IdentificationView identify(@PathVariable UUID id, @RequestBody(required = false) IdentificationBody body, Locale locale) {
        return IdentificationView.of(kiosk.identify(id, body == null ? null : body.station(), body == null ? null : body.number()),
                messages, locale);
    }

    @PostMapping(API + "/{id}/issuances")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Issue the demo voter's specimen ballots: exactly once per demo voter and session",
            description = "Needs the header Idempotency-Key: a retry with the same key answers the first attempt's result. "
                    + "A demo voter with ballots already gets 409 DEMO_ALREADY_ISSUED with station and issuedAt.")
    IssuanceView issue(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                       @RequestBody(required = false) IssuanceBody body, Locale locale) {
        return issue(id, key, body, API, locale);
    }

    IssuanceView issue(UUID id, String key, IssuanceBody body, String base, Locale locale) {
        return switch (kiosk.issue(id, body == null ? null : body.identificationId(), body == null ? null : body.signature(), key)) {
            case DemoIssuanceOutcome.Issued issued -> IssuanceView.of(issued.issuance(), base, locale);
            case DemoIssuanceOutcome.AlreadyIssued already -> throw new ProblemException(ExperienceError.DEMO_ALREADY_ISSUED,
                    Map.of("station", already.existing().station().name(),
                            "stationName", already.existing().station().name(locale),
                            "issuedAt", already.existing().issuedAt().toString()),
                    already.existing().station().name(locale),
                    already.existing().issuedAt().atZone(KoreaTime.ZONE).toLocalDateTime().withNano(0));
        };
    }

    @GetMapping(path = API + "/{id}/issuances/{issuanceId}/ballots.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "The specimen ballots of a demo issuance: the real ballot's look, watermarked 견본 SPECIMEN, a made-up serial")
    ResponseEntity<byte[]> ballots(@PathVariable UUID id, @PathVariable UUID issuanceId) {
        return pdf(documents.ballots(id, issuanceId), "specimen-ballots.pdf");
    }

    @GetMapping(path = API + "/{id}/issuances/{issuanceId}/envelope-label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "The specimen return-envelope label of an out-of-district (관외) demo issuance")
    ResponseEntity<byte[]> envelopeLabel(@PathVariable UUID id, @PathVariable UUID issuanceId) {
        return pdf(documents.envelopeLabel(id, issuanceId), "specimen-envelope-label.pdf");
    }

    @GetMapping(path = API + "/{id}/cards.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "The demo voter cards (A4, eight a page) with the demo number as a Code 128 bar code, "
            + "and one card that is on no list")
    ResponseEntity<byte[]> cards(@PathVariable UUID id) {
        return pdf(documents.cards(id), "demo-voter-cards.pdf");
    }

    @GetMapping(API + "/{id}/stats")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Live counts of the session for the room's screen: identified, issued in-/out-of-district, "
            + "refused duplicates, and the latest answers")
    SessionStats stats(@PathVariable UUID id) {
        return stats.of(desk.find(id));
    }

    @PostMapping(API + "/{id}/reset")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Wipe the session's identifications and issuances (the demo voters and their cards stay)")
    SessionView reset(@PathVariable UUID id, Locale locale) {
        return view(desk.reset(id), locale);
    }

    @PostMapping(API + "/{id}/close")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Close the session: it answers no more identifications or issuances; purged after 7 days")
    SessionView close(@PathVariable UUID id, Locale locale) {
        return view(desk.close(id), locale);
    }

    private SessionView view(DemoSession session, Locale locale) {
        return SessionView.of(session, desk.voters(session.id()).size(), locale);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .body(bytes);
    }
}
