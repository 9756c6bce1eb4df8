package kr.tupyo.platform.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.platform.JobDirectory;
import kr.tupyo.platform.JobStatus;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every module's background jobs at one address: asks each {@link JobDirectory} for the id. Reading a
 * job's progress is open to the roles that start or follow jobs; its file only to the roles the job
 * names (those that may start that kind of job).
 */
@RestController
@Tag(name = "Jobs", description = "Background jobs of every module (compilation, finalisation, lists, marked lists) with progress")
class JobApiController {

    private final List<JobDirectory> directories;

    JobApiController(List<JobDirectory> directories) {
        this.directories = directories;
    }

    /** A job's state for {@code GET /api/v1/jobs/{id}} and the progress bars. */
    record JobView(String id, String election, String kind, String status, int progress, String step, String message,
                   boolean finished, String resultUrl, Instant createdAt, Instant startedAt, Instant finishedAt) {

        static JobView of(JobStatus job) {
            return new JobView(job.id().toString(), job.election() == null ? null : job.election().toString(), job.kind(),
                    job.status(), job.progress(), job.step(), job.message(), job.finished(),
                    job.hasResult() ? "/api/v1/jobs/" + job.id() + "/result" : null, job.createdAt(), job.startedAt(),
                    job.finishedAt());
        }
    }

    @GetMapping("/api/v1/jobs/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "A job of any module: kind, status (QUEUED, RUNNING, SUCCEEDED, FAILED), progress 0-100, "
            + "current step, message, and the URL of its file when it produced one")
    JobView job(@PathVariable UUID id) {
        return JobView.of(find(id));
    }

    @GetMapping("/api/v1/jobs/{id}/result")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    @Operation(summary = "The file a finished job produced (e.g. the ZIP of election-day lists), for the roles that "
            + "may start that kind of job")
    ResponseEntity<FileSystemResource> result(@PathVariable UUID id, HttpServletRequest request) {
        JobStatus job = find(id);
        Path file = directories.stream().map(d -> d.result(id)).flatMap(Optional::stream).findFirst()
                .filter(Files::isRegularFile)
                .orElseThrow(() -> new ProblemException(PlatformError.JOB_RESULT_NOT_READY));
        if (job.resultRoles().stream().noneMatch(request::isUserInRole)) {
            throw new ProblemException(PlatformError.ACCESS_DENIED);
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFileName() + "\"")
                .body(new FileSystemResource(file));
    }

    private JobStatus find(UUID id) {
        return directories.stream().map(d -> d.find(id)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new ProblemException(PlatformError.JOB_NOT_FOUND, id));
    }
}
