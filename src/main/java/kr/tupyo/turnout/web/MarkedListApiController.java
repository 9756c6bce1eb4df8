package kr.tupyo.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutError;
import kr.tupyo.turnout.internal.ListJob;
import kr.tupyo.turnout.internal.MarkedLists;
import kr.tupyo.turnout.internal.TurnoutElections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Election-day lists with early voters marked (사전투표 표시 선거인명부): per precinct, or one national job. */
@RestController
@Tag(name = "Election-day lists", description = "Election-day lists with each early voter marked, per precinct and for the country")
class MarkedListApiController {

    private final TurnoutElections elections;
    private final MarkedLists lists;

    MarkedListApiController(TurnoutElections elections, MarkedLists lists) {
        this.elections = elections;
        this.lists = lists;
    }

    @PostMapping("/api/v1/turnout/elections/{id}/lists")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    @Operation(summary = "Produce every precinct's marked list (formats CSV, PDF or CSV_PDF) as one job: 202 with the job")
    ResponseEntity<ListJob> all(@PathVariable UUID id, @RequestParam(defaultValue = "CSV_PDF") String formats,
                                Principal caller) {
        if (!List.of("CSV", "PDF", "CSV_PDF").contains(formats)) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_ENTRY, "formats", formats);
        }
        ListJob job = lists.requestAll(elections.require(id), formats, caller.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, "/api/v1/turnout/list-jobs/" + job.id())
                .body(job);
    }

    @GetMapping("/api/v1/turnout/elections/{id}/lists")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The election's list jobs, newest first")
    List<ListJob> jobs(@PathVariable UUID id) {
        return lists.jobs(elections.require(id));
    }

    @GetMapping("/api/v1/turnout/list-jobs/{job}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "A list job with its progress (done of precincts, percent)")
    Map<String, Object> job(@PathVariable UUID job) {
        ListJob j = lists.job(job).orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_JOB_NOT_FOUND, job));
        return Map.of("job", j, "percent", j.percent());
    }

    @GetMapping("/api/v1/turnout/list-jobs/{job}/files")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The files a list job wrote, each with its SHA-256, lines and early voters marked")
    List<Map<String, Object>> files(@PathVariable UUID job) {
        lists.job(job).orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_JOB_NOT_FOUND, job));
        return lists.files(job).stream().map(f -> Map.<String, Object>of("precinctId", f.precinctId(), "format", f.format(),
                "lines", f.lines(), "earlyVoters", f.earlyVoters(), "sha256", f.sha256(), "bytes", f.bytes())).toList();
    }

    @GetMapping("/api/v1/turnout/list-jobs/{job}/files/{precinctId}.{format}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    @Operation(summary = "One file a list job wrote (csv or pdf), checked against its recorded SHA-256 (409 TURNOUT_LIST_ALTERED "
            + "when the file changed on disk) and audited; header X-Content-SHA256 is the digest")
    ResponseEntity<byte[]> file(@PathVariable UUID job, @PathVariable long precinctId, @PathVariable String format) {
        MarkedLists.Document d = lists.jobFile(job, precinctId, format);
        return download(d.bytes(), MarkedLists.format(format), d.sha256(), precinctId);
    }

    @GetMapping("/api/v1/turnout/elections/{id}/precincts/{precinctId}/marked-list.{format}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    @Operation(summary = "One precinct's marked list produced now (csv or pdf), after early voting closed")
    ResponseEntity<byte[]> precinct(@PathVariable UUID id, @PathVariable long precinctId, @PathVariable String format) {
        String f = MarkedLists.format(format);
        MarkedLists.Document d = lists.precinct(elections.require(id), precinctId, f);
        return download(d.bytes(), f, d.sha256(), precinctId);
    }

    static ResponseEntity<byte[]> download(byte[] bytes, String format, String sha256, long precinct) {
        boolean pdf = format.equals("PDF");
        return ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("X-Content-SHA256", sha256)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"precinct-" + precinct + (pdf ? ".pdf\"" : ".csv\""))
                .body(bytes);
    }
}
