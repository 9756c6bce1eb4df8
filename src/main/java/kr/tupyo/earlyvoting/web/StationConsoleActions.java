package kr.tupyo.earlyvoting.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import kr.tupyo.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's calls, with the signed-in session (and its CSRF token) instead of a bearer token:
 * the same use cases and answers as the API, for the caller's own station.
 */
@RestController
class StationConsoleActions {

    private final IdentificationApiController identifications;
    private final IssuanceApiController issuances;
    private final StationDayApiController days;

    StationConsoleActions(IdentificationApiController identifications, IssuanceApiController issuances,
                          StationDayApiController days) {
        this.identifications = identifications;
        this.issuances = issuances;
        this.days = days;
    }

    @PostMapping("/early-voting/station/open")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    Object open(@RequestBody StationDayApiController.ElectionBody body) {
        return days.open(myStation(), body);
    }

    @PostMapping("/early-voting/station/close")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    Object close(@RequestBody StationDayApiController.ElectionBody body) {
        return days.close(myStation(), body);
    }

    @PostMapping("/early-voting/station/identifications")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    IdentificationView identify(@RequestBody IdentificationApiController.IdentificationBody body) {
        return identifications.identify(body);
    }

    @PostMapping("/early-voting/station/issuances")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    IssuanceView issue(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                       @RequestBody IssuanceApiController.IssuanceBody body) {
        return issuances.issue(key, body);
    }

    @GetMapping("/early-voting/station/issuances/{id}/ballots.pdf")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    ResponseEntity<byte[]> ballots(@PathVariable UUID id) {
        return issuances.ballots(id);
    }

    @GetMapping("/early-voting/station/issuances/{id}/envelope-label.pdf")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    ResponseEntity<byte[]> envelopeLabel(@PathVariable UUID id) {
        return issuances.envelopeLabel(id);
    }

    private static String myStation() {
        return StaffPrincipal.current().map(StaffPrincipal::stationCode).orElse("");
    }
}
