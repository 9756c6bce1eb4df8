package kr.tupyo.earlyvoting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.earlyvoting.internal.DayReport;
import kr.tupyo.earlyvoting.internal.StationDay;
import kr.tupyo.earlyvoting.internal.StationOpening;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opening and closing a station's day, and its day report. {@code id} is the station code. */
@RestController
@Tag(name = "Early voting")
class StationDayApiController {

    private final StationOpening opening;

    StationDayApiController(StationOpening opening) {
        this.opening = opening;
    }

    record ElectionBody(UUID electionId) {
        ElectionId election() {
            if (electionId == null) {
                throw new ProblemException(EarlyVotingError.EV_ELECTION_NOT_FOUND, "-");
            }
            return new ElectionId(electionId);
        }
    }

    @PostMapping("/api/v1/early-voting/stations/{id}/open")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "Open the caller's own station for today (06:00–18:00 Korea time on an early-voting day)")
    public StationDay open(@PathVariable String id, @RequestBody ElectionBody body) {
        kr.tupyo.identity.StaffPrincipal.current().orElseThrow().requireMayActFor(id);
        return opening.open(body.election(), id);
    }

    @PostMapping("/api/v1/early-voting/stations/{id}/close")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "Close the caller's own station for today; answers the day report")
    public DayReport close(@PathVariable String id, @RequestBody ElectionBody body) {
        kr.tupyo.identity.StaffPrincipal.current().orElseThrow().requireMayActFor(id);
        return opening.close(body.election(), id);
    }

    @GetMapping("/api/v1/early-voting/stations/{id}/day-report")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR", "ADMIN", "OBSERVER"})
    @Operation(summary = "A station's day report: identified, issued per contest, in/out-of-district, envelope labels, "
            + "spoiled, signatures, and whether the totals balance")
    DayReport dayReport(@PathVariable String id, @RequestParam(required = false) UUID electionId,
                        @RequestParam(required = false) LocalDate date) {
        kr.tupyo.identity.StaffPrincipal.current().orElseThrow().requireMayActFor(id);
        if (electionId == null) {
            throw new ProblemException(EarlyVotingError.EV_ELECTION_NOT_FOUND, "-");
        }
        return opening.report(new ElectionId(electionId), id, date);
    }
}
