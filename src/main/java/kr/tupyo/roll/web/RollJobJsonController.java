package kr.tupyo.roll.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.internal.RollJobs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A job's state for the progress bars of the roll pages (static/js/roll/progress.js), in the page chain (session
 * sign-in). A {@code @RestController} and not a page controller's {@code @ResponseBody} method, so that an unknown or
 * malformed id answers problem+json like every API ({@code JOB_NOT_FOUND}, {@code MALFORMED_REQUEST}), not a bare 404
 * or the HTML error page.
 */
@RestController
class RollJobJsonController {

    private final RollJobs jobs;

    RollJobJsonController(RollJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/roll/jobs/{jobId}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    JobView job(@PathVariable UUID jobId) {
        return jobs.find(jobId).map(JobView::of)
                .orElseThrow(() -> new ProblemException(PlatformError.JOB_NOT_FOUND, jobId));
    }
}
