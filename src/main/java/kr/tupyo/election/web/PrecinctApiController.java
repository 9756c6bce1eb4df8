package kr.tupyo.election.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.election.Precinct;
import kr.tupyo.election.Station;
import kr.tupyo.election.Stations;
import kr.tupyo.election.internal.ElectionRegions;
import kr.tupyo.election.internal.PrecinctImportResult;
import kr.tupyo.election.internal.PrecinctImporter;
import kr.tupyo.election.internal.RegionCount;
import kr.tupyo.election.internal.StationAdministration;
import kr.tupyo.platform.ProblemException;
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

/** Precincts (투표구) and early-voting stations (사전투표소) of an election. */
@RestController
@Tag(name = "Precincts and stations", description = "Election-day precincts (import) and early-voting stations")
class PrecinctApiController {

    private final Elections elections;
    private final PrecinctImporter importer;
    private final ElectionRegions regions;
    private final Stations stations;
    private final StationAdministration stationAdministration;

    PrecinctApiController(Elections elections, PrecinctImporter importer, ElectionRegions regions, Stations stations,
                          StationAdministration stationAdministration) {
        this.elections = elections;
        this.importer = importer;
        this.regions = regions;
        this.stations = stations;
        this.stationAdministration = stationAdministration;
    }

    record ImportReport(long importId, int rows, int emdCount, String digest) {
    }

    record NewStation(String emdCode, String name, String address) {
    }

    record Generated(int added) {
    }

    // no "consumes": a caller without the role must get 403, not 415, whatever the body
    @PostMapping("/api/v1/elections/{id}/precincts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Import the precinct file (docs/formats/precincts.md), all or nothing: 201 with a report, "
            + "422 listing every error by line and column, 409 when the same file was imported before; "
            + "a new file replaces the election's precincts")
    ImportReport importPrecincts(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            return report(importer.importFile(new ElectionId(id), file.getOriginalFilename(), content), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportReport report(PrecinctImportResult result, UUID id) {
        return switch (result) {
            case PrecinctImportResult.Imported i -> new ImportReport(i.importId(), i.rows(), i.emdCount(), i.digest());
            case PrecinctImportResult.Rejected r -> throw new ProblemException(ElectionError.PRECINCT_FILE_INVALID,
                    Map.of("errorCount", r.errorCount(), "errors", r.errors()), r.errorCount());
            case PrecinctImportResult.Duplicate d -> throw new ProblemException(ElectionError.PRECINCT_FILE_DUPLICATE,
                    Map.of("digest", d.digest(), "importedAt", d.importedAt().toString()), d.importedAt());
            case PrecinctImportResult.ElectionMissing m -> throw new ProblemException(ElectionError.ELECTION_NOT_FOUND, id);
        };
    }

    @GetMapping("/api/v1/elections/{id}/precincts")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The election's precincts, optionally of one 시군구 (sggCode)")
    List<Precinct> precincts(@PathVariable UUID id, @RequestParam(required = false) String sggCode) {
        return regions.precincts(election(id), sggCode);
    }

    @GetMapping("/api/v1/elections/{id}/regions")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "Counts of 읍면동, precincts, electors and stations per 시군구")
    List<RegionCount> regions(@PathVariable UUID id) {
        return regions.perSgg(election(id));
    }

    @GetMapping("/api/v1/elections/{id}/stations")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The election's early-voting stations, optionally of one 시군구 (sggCode)")
    List<Station> stations(@PathVariable UUID id, @RequestParam(required = false) String sggCode) {
        return regions.stations(election(id), sggCode);
    }

    @PostMapping("/api/v1/elections/{id}/stations")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add an extra early-voting station in a 읍면동; its code EV-<읍면동>-<n> (n ≥ 2) is assigned")
    Station createStation(@PathVariable UUID id, @RequestBody NewStation request) {
        return stationAdministration.create(election(id), request.emdCode(), request.name(), request.address());
    }

    @PostMapping("/api/v1/elections/{id}/stations/generate")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create the default station EV-<읍면동>-1 for every 읍면동 of the election's precincts that has none")
    Generated generate(@PathVariable UUID id) {
        return new Generated(stationAdministration.generateDefaults(election(id)));
    }

    private ElectionId election(UUID id) {
        ElectionId electionId = new ElectionId(id);
        elections.find(electionId).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, id));
        return electionId;
    }
}
