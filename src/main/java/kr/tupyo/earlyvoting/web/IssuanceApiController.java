package kr.tupyo.earlyvoting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.earlyvoting.internal.BallotIssuance;
import kr.tupyo.earlyvoting.internal.BallotPrinting;
import kr.tupyo.earlyvoting.internal.IssuanceOutcome;
import kr.tupyo.earlyvoting.internal.Signature;
import kr.tupyo.earlyvoting.internal.SpoilAndReissue;
import kr.tupyo.earlyvoting.internal.StationTimers;
import kr.tupyo.platform.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issuance of ballots, printing once, the return-envelope label, spoil-and-reissue. */
@RestController
@Tag(name = "Early voting")
class IssuanceApiController {

    private final BallotIssuance issuance;
    private final BallotPrinting printing;
    private final SpoilAndReissue spoiling;
    private final ElectionContestViews contests;
    private final StationTimers timers;

    IssuanceApiController(BallotIssuance issuance, BallotPrinting printing, SpoilAndReissue spoiling,
                          ElectionContestViews contests, StationTimers timers) {
        this.timers = timers;
        this.issuance = issuance;
        this.printing = printing;
        this.spoiling = spoiling;
        this.contests = contests;
    }

    /** @param signature PNG image of the voter's signature, as a data URL or base64 */
    record IssuanceBody(UUID identificationId, String signature) {
    }

    record SpoilBody(String reason, List<String> spoiledSerials) {
    }

    @PostMapping("/api/v1/early-voting/issuances")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "Record that the identified voter receives ballots: exactly once per election nationwide",
            description = "Needs the header Idempotency-Key: a retry with the same key answers the first attempt's result. "
                    + "A voter who has ballots already (anywhere) gets 409 ALREADY_ISSUED with station and issuedAt.")
    public IssuanceView issue(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                       @RequestBody IssuanceBody body) {
        if (body == null || body.identificationId() == null) {
            throw new ProblemException(EarlyVotingError.IDENTIFICATION_NOT_FOUND, "-");
        }
        Signature signature = Signature.parse(body.signature());
        return switch (timers.issuance(() -> issuance.issue(body.identificationId(), signature, key))) {
            case IssuanceOutcome.Issued issued -> IssuanceView.of(issued.issuance(), contests);
            case IssuanceOutcome.AlreadyIssued already -> throw new ProblemException(EarlyVotingError.ALREADY_ISSUED,
                    Map.of("station", already.station().value(), "stationName", already.stationName(),
                            "issuedAt", already.issuedAt().toString()),
                    already.stationName(), already.issuedAt().atZone(kr.tupyo.platform.KoreaTime.ZONE).toLocalDateTime());
        };
    }

    @GetMapping(path = "/api/v1/early-voting/issuances/{id}/ballots.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The voter's ballots, one page per contest, for the ballot printer: answered once (410 afterwards)")
    public ResponseEntity<byte[]> ballots(@PathVariable UUID id) {
        return pdf(printing.ballots(id), "ballots.pdf");
    }

    @GetMapping(path = "/api/v1/early-voting/issuances/{id}/envelope-label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The return-envelope label of an out-of-district (관외) voter: home 시군구 commission and a bar code")
    public ResponseEntity<byte[]> envelopeLabel(@PathVariable UUID id) {
        return pdf(printing.envelopeLabel(id), "envelope-label.pdf");
    }

    @PostMapping("/api/v1/early-voting/issuances/{id}/spoil")
    @RolesAllowed("STATION_SUPERVISOR")
    @Operation(summary = "Spoil-and-reissue, approved by the station's supervisor with a reason",
            description = "spoiledSerials: the serial of every paper of the printed set; they become void and the ballots "
                    + "may be fetched once more.")
    IssuanceView spoil(@PathVariable UUID id, @RequestBody SpoilBody body) {
        return IssuanceView.of(spoiling.spoil(id, body == null ? null : body.reason(),
                body == null ? null : body.spoiledSerials()), contests);
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .body(bytes);
    }
}
