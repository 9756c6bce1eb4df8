package kr.tupyo.roll.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.nio.file.Path;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.internal.RollJobs;
import kr.tupyo.roll.internal.StatisticsLevel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The same downloads as the API, for a signed-in officer in the browser (the API takes only tokens):
 * a precinct's list as PDF or CSV, the ZIP of all lists, the statistics CSV.
 */
@Controller
class RollDownloadsPageController {

    private final RollExportApiController exports;
    private final RollJobs jobs;

    RollDownloadsPageController(RollExportApiController exports, RollJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @GetMapping("/roll/{id}/precincts/{precinctId}/list.pdf")
    @RolesAllowed("ROLL_OFFICER")
    void pdf(@PathVariable UUID id, @PathVariable long precinctId, HttpServletResponse response) throws IOException {
        exports.pdf(id, precinctId, response);
    }

    @GetMapping("/roll/{id}/precincts/{precinctId}/list.csv")
    @RolesAllowed("ROLL_OFFICER")
    void csv(@PathVariable UUID id, @PathVariable long precinctId, HttpServletResponse response) throws IOException {
        exports.csv(id, precinctId, response);
    }

    @GetMapping("/roll/{id}/statistics.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    void statistics(@PathVariable UUID id, @RequestParam(defaultValue = "SIDO") StatisticsLevel level,
                    HttpServletResponse response) throws IOException {
        exports.statisticsCsv(id, level, response);
    }

    @GetMapping("/roll/jobs/{jobId}/result")
    @RolesAllowed("ROLL_OFFICER")
    ResponseEntity<FileSystemResource> result(@PathVariable UUID jobId) {
        jobs.find(jobId).orElseThrow(() -> new ProblemException(PlatformError.JOB_NOT_FOUND, jobId));
        String file = jobs.resultFileOf(jobId).orElseThrow(() -> new ProblemException(PlatformError.JOB_RESULT_NOT_READY));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + Path.of(file).getFileName() + "\"")
                .body(new FileSystemResource(file));
    }

}
