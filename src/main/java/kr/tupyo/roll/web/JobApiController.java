package kr.tupyo.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.RollError;
import kr.tupyo.roll.internal.RollJobs;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Background jobs (compilation, election-day lists) and their progress. */
@RestController
@Tag(name = "Jobs", description = "Background jobs with progress")
class JobApiController {

    private final RollJobs jobs;

    JobApiController(RollJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "A job: status (QUEUED, RUNNING, SUCCEEDED, FAILED), progress 0-100, current step, message")
    JobView job(@PathVariable UUID id) {
        return jobs.find(id).map(JobView::of).orElseThrow(() -> new ProblemException(RollError.ROLL_JOB_NOT_FOUND, id));
    }

    @GetMapping("/api/v1/jobs/{id}/result")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "The file a finished job produced (the ZIP of election-day lists)")
    ResponseEntity<FileSystemResource> result(@PathVariable UUID id) {
        jobs.find(id).orElseThrow(() -> new ProblemException(RollError.ROLL_JOB_NOT_FOUND, id));
        String file = jobs.resultFileOf(id).orElseThrow(() -> new ProblemException(RollError.ROLL_JOB_RESULT_NOT_READY));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + Path.of(file).getFileName() + "\"")
                .body(new FileSystemResource(file));
    }
}
