package kr.tupyo.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.RollAuditEvent;
import kr.tupyo.roll.RollError;
import kr.tupyo.roll.internal.Compilations;
import kr.tupyo.roll.internal.Corrections;
import kr.tupyo.roll.internal.CourtAdditions;
import kr.tupyo.roll.internal.ElectionDayLists;
import kr.tupyo.roll.internal.RollPrecincts;
import kr.tupyo.roll.internal.RollQueries;
import kr.tupyo.roll.internal.RollStatistics;
import kr.tupyo.roll.internal.StatisticsLevel;
import kr.tupyo.roll.internal.StatisticsRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Statistics, election-day lists (PDF, CSV) and corrections after finalisation. */
@RestController
@Tag(name = "Voters list outputs", description = "Statistics, election-day lists, corrections")
class RollExportApiController {

    private final RollQueries queries;
    private final RollStatistics statistics;
    private final RollPrecincts precincts;
    private final ElectionDayLists lists;
    private final Compilations compilations;
    private final Corrections corrections;
    private final CourtAdditions additions;
    private final AuditLog audit;

    RollExportApiController(RollQueries queries, RollStatistics statistics, RollPrecincts precincts,
                            ElectionDayLists lists, Compilations compilations, Corrections corrections, CourtAdditions additions,
                            AuditLog audit) {
        this.queries = queries;
        this.statistics = statistics;
        this.precincts = precincts;
        this.lists = lists;
        this.compilations = compilations;
        this.corrections = corrections;
        this.additions = additions;
        this.audit = audit;
    }

    @GetMapping("/api/v1/elections/{id}/roll/statistics")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    @Operation(summary = "Voters per SIDO, SIGUNGU, EMD, PRECINCT or DISTRICT (contest): by sex, age band and residence type")
    List<StatisticsRow> statistics(@PathVariable UUID id, @RequestParam(defaultValue = "SIDO") StatisticsLevel level) {
        Election election = queries.election(id);
        queries.list(election);
        return statistics.at(election, level);
    }

    @GetMapping("/api/v1/elections/{id}/roll/statistics.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    @Operation(summary = "The same statistics as CSV (UTF-8)")
    void statisticsCsv(@PathVariable UUID id, @RequestParam(defaultValue = "SIDO") StatisticsLevel level,
                       HttpServletResponse response) throws IOException {
        Election election = queries.election(id);
        queries.list(election);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"voters-statistics-" + level.name().toLowerCase() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        statistics.csv(election, level, out);
        out.flush();
    }

    @GetMapping("/api/v1/elections/{id}/roll/precincts/{precinctId}/list.pdf")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "The printable election-day list of one precinct: A4 landscape PDF, Korean font embedded")
    void pdf(@PathVariable UUID id, @PathVariable long precinctId, HttpServletResponse response) throws IOException {
        Election election = queries.election(id);
        var precinct = precinct(election, precinctId);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"voters-list-" + precinctId + ".pdf\"");
        lists.pdf(election, precinct, response.getOutputStream());
        audited(election, precinctId, "pdf");
    }

    @GetMapping("/api/v1/elections/{id}/roll/precincts/{precinctId}/list.csv")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "The election-day list of one precinct as CSV (voter_number, name, address, birth_date, rrn_masked, remarks)")
    void csv(@PathVariable UUID id, @PathVariable long precinctId, HttpServletResponse response) throws IOException {
        Election election = queries.election(id);
        var precinct = precinct(election, precinctId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"voters-list-" + precinctId + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        lists.csvHeader(out);
        lists.csv(election, precinct, out);
        out.flush();
        audited(election, precinctId, "csv");
    }

    @PostMapping("/api/v1/elections/{id}/roll/lists")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Generate the election-day lists of all precincts (PDF + CSV each, one ZIP) as a job: 202 with the job")
    ResponseEntity<JobView> allLists(@PathVariable UUID id, java.security.Principal caller) {
        Election election = queries.election(id);
        queries.list(election);
        var job = compilations.requestLists(election, caller.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/jobs/" + job.id()).body(JobView.of(job));
    }

    /** @param kind {@code COURT_ORDER_REMOVAL} (the default: block the voter) or {@code COURT_ORDER_ADDITION} */
    record NewCorrection(String rrn, String reason, String kind) {
    }

    record CorrectionCount(int recorded) {
    }

    @GetMapping("/api/v1/elections/{id}/roll/corrections")
    @RolesAllowed({"ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Correction versions recorded against the finalised list (version 2, 3, ...)")
    List<Corrections.Correction> corrections(@PathVariable UUID id) {
        return corrections.of(queries.election(id).id());
    }

    @PostMapping("/api/v1/elections/{id}/roll/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Record a court order as a new version of the finalised list. kind COURT_ORDER_REMOVAL (default): "
            + "the voter stays on the list, blocked. kind COURT_ORDER_ADDITION: a wrongly omitted person on the register "
            + "(as on the reference date) is added in the last precinct of their 읍면동 with the next free voter number; "
            + "answers version, voterId, precinct and voterNumber")
    Map<String, Object> courtOrder(@PathVariable UUID id, @RequestBody NewCorrection body, Principal caller) {
        Election election = queries.election(id);
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw new ProblemException(RollError.ROLL_INVALID_REQUEST, "rrn and reason are required");
        }
        String kind = body.kind() == null || body.kind().isBlank() ? "COURT_ORDER_REMOVAL" : body.kind().strip();
        if (kind.equals("COURT_ORDER_ADDITION")) {
            return switch (additions.add(election, RollQueries.rrn(body.rrn()), body.reason(), caller.getName())) {
                case CourtAdditions.Result.Added a -> {
                    Map<String, Object> added = new java.util.LinkedHashMap<>();
                    added.put("version", a.version());
                    added.put("voterId", a.voterId());
                    added.put("precinct", a.precinctName());
                    added.put("voterNumber", a.voterNumber());
                    yield added;
                }
                case CourtAdditions.Result.NotFinalised n -> throw new ProblemException(RollError.ROLL_NOT_FINALISED);
                case CourtAdditions.Result.NotOnRegister n -> throw new ProblemException(RollError.ROLL_NOT_ON_REGISTER);
                case CourtAdditions.Result.AlreadyOnList a -> throw new ProblemException(RollError.ROLL_ALREADY_ON_LIST);
                case CourtAdditions.Result.AlreadyAdded a -> throw new ProblemException(RollError.ROLL_ALREADY_CORRECTED);
                case CourtAdditions.Result.OutsideElectionArea o -> throw new ProblemException(RollError.ROLL_OUTSIDE_ELECTION_AREA);
            };
        }
        if (!kind.equals("COURT_ORDER_REMOVAL")) {
            throw new ProblemException(RollError.ROLL_INVALID_REQUEST, "kind is COURT_ORDER_REMOVAL or COURT_ORDER_ADDITION");
        }
        return switch (corrections.courtOrder(election, RollQueries.rrn(body.rrn()), body.reason(), caller.getName())) {
            case Corrections.Result.Recorded r -> Map.of("version", r.version());
            case Corrections.Result.NotFinalised n -> throw new ProblemException(RollError.ROLL_NOT_FINALISED);
            case Corrections.Result.NotOnList n -> throw new ProblemException(RollError.ROLL_VOTER_NOT_FOUND);
            case Corrections.Result.AlreadyCorrected a -> throw new ProblemException(RollError.ROLL_ALREADY_CORRECTED);
        };
    }

    @PostMapping("/api/v1/elections/{id}/roll/corrections/deaths")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Record a correction version for every voter of the finalised list whose death the register "
            + "has recorded since; each blocks ballot issuance (DECEASED_AFTER_FINALISATION)")
    CorrectionCount deaths(@PathVariable UUID id, Principal caller) {
        Election election = queries.election(id);
        queries.list(election);
        return new CorrectionCount(corrections.recordDeaths(election, caller.getName()));
    }

    private RollPrecincts.RollPrecinct precinct(Election election, long precinctId) {
        queries.list(election);
        return precincts.find(election.id(), precinctId)
                .orElseThrow(() -> new ProblemException(RollError.ROLL_PRECINCT_NOT_FOUND, precinctId));
    }

    private void audited(Election election, long precinct, String format) {
        audit.record(RollAuditEvent.ROLL_LISTS_GENERATED, "election:" + election.id(), AuditOutcome.SUCCESS,
                Map.of("precinct", Long.toString(precinct), "format", format));
    }
}
