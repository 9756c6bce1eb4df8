package kr.tupyo.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.turnout.internal.Boundaries;
import kr.tupyo.turnout.internal.ElectionDayTurnout;
import kr.tupyo.turnout.internal.PreviousCurves;
import kr.tupyo.turnout.internal.StationArea;
import kr.tupyo.turnout.internal.StationLoad;
import kr.tupyo.turnout.internal.StationTurnout;
import kr.tupyo.turnout.internal.TurnoutElections;
import kr.tupyo.turnout.internal.TurnoutFigures;
import kr.tupyo.turnout.internal.TurnoutSnapshot;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Live turnout for officials, station load, the map boundaries, previous curves and election-day entry. */
@RestController
@Tag(name = "Turnout", description = "Live early-voting turnout (투표율) for officials, election-day entry, map boundaries")
class TurnoutApiController {

    private final TurnoutElections elections;
    private final TurnoutFigures figures;
    private final StationLoad load;
    private final StationTurnout stations;
    private final Boundaries boundaries;
    private final PreviousCurves curves;
    private final ElectionDayTurnout electionDay;
    private final OwnPrecinct ownPrecinct;

    TurnoutApiController(TurnoutElections elections, TurnoutFigures figures, StationLoad load, StationTurnout stations,
                         Boundaries boundaries, PreviousCurves curves, ElectionDayTurnout electionDay,
                         OwnPrecinct ownPrecinct) {
        this.elections = elections;
        this.figures = figures;
        this.load = load;
        this.stations = stations;
        this.boundaries = boundaries;
        this.curves = curves;
        this.electionDay = electionDay;
        this.ownPrecinct = ownPrecinct;
    }

    @GetMapping("/api/v1/turnout/elections/{id}/live")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Live turnout up to this minute: nation, 시도, 시군구, hourly curves, previous election's curve")
    TurnoutSnapshot live(@PathVariable UUID id) {
        return figures.live(elections.require(id));
    }

    @GetMapping("/api/v1/turnout/elections/{id}/stations/load")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Arrivals in the last 15 minutes and estimated wait per station, quietest first; ?area= narrows "
            + "to one 시도 or 시군구 (422 TURNOUT_INVALID_AREA otherwise)")
    List<StationLoad.Load> load(@PathVariable UUID id,
            @Parameter(description = "2-digit 시도 or 5-digit 시군구 code; all stations without it")
            @RequestParam(required = false) String area) {
        return load.of(elections.require(id), StationArea.of(area));
    }

    @GetMapping("/api/v1/turnout/elections/{id}/stations/hours")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Issuances per station, day and hour, 관내/관외")
    List<StationTurnout.StationHour> stationHours(@PathVariable UUID id) {
        return stations.stationHours(elections.require(id));
    }

    @GetMapping("/api/v1/turnout/elections/{id}/emds")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Early voters per voter's 읍면동, 관내/관외")
    List<StationTurnout.EmdCount> emds(@PathVariable UUID id) {
        return stations.emds(elections.require(id));
    }

    @PostMapping("/api/v1/turnout/boundaries")
    @RolesAllowed("ADMIN")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import 시군구 boundaries (GeoJSON FeatureCollection with properties.sgg_code), e.g. kr-2022 sgg.geojson")
    Boundaries.Imported importBoundaries(@RequestPart("file") MultipartFile file,
                                         @RequestParam(defaultValue = "시군구 경계") String name, Principal caller) {
        try {
            return boundaries.importGeoJson(name, file.getBytes(), caller.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/api/v1/turnout/elections/{id}/previous-curve")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Record a previous election's hourly curve (CSV label,area_code,day_number,hour,voters,electors)")
    Map<String, Integer> previousCurve(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        try {
            return Map.of("points", curves.record(elections.require(id).id(), file.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record EntryRequest(long precinctId, int hour, long voters) {
    }

    @PostMapping("/api/v1/turnout/elections/{id}/election-day/entries")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "PRECINCT_OFFICIAL"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a precinct's cumulative election-day voters at the end of an hour (06–20); a later entry "
            + "corrects. Never fewer than an earlier hour's figure (422 TURNOUT_ENTRY_NOT_CUMULATIVE); precinct officials "
            + "enter for their own precinct only (403 OTHER_PRECINCT)")
    ElectionDayTurnout.Entry enter(@PathVariable UUID id, @RequestBody EntryRequest entry, Principal caller) {
        ownPrecinct.require(entry.precinctId());
        return electionDay.enter(elections.require(id), entry.precinctId(), entry.hour(), entry.voters(), caller.getName());
    }

    @GetMapping("/api/v1/turnout/elections/{id}/election-day/precincts/{precinctId}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "PRECINCT_OFFICIAL"})
    @Operation(summary = "A precinct's election day so far: the figure in force for each hour 06–20 and the next hour to "
            + "enter; precinct officials see their own precinct only (403 OTHER_PRECINCT)")
    ElectionDayTurnout.PrecinctDay precinctDay(@PathVariable UUID id, @PathVariable long precinctId) {
        ownPrecinct.require(precinctId);
        return electionDay.day(elections.require(id), precinctId);
    }

    @GetMapping("/api/v1/turnout/election-day/my-precinct")
    @RolesAllowed("PRECINCT_OFFICIAL")
    @Operation(summary = "For a precinct official's terminal: their precinct, its election and the counts entered so far")
    ElectionDayTurnout.PrecinctDay myPrecinct() {
        return electionDay.day(OwnPrecinct.of(StaffPrincipal.current().orElseThrow()));
    }
}
