package kr.tupyo.roll.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.platform.JobDirectory;
import kr.tupyo.platform.JobStatus;
import org.springframework.stereotype.Component;

/** The voters list's jobs (compile, finalise, election-day lists) for {@code /api/v1/jobs/{id}}. */
@Component
class RollJobDirectory implements JobDirectory {

    /** Every roll job is started by a roll officer; only they download its file. */
    private static final Set<String> RESULT_ROLES = Set.of("ROLL_OFFICER");

    private final RollJobs jobs;

    RollJobDirectory(RollJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobStatus> find(UUID id) {
        return jobs.find(id).map(j -> new JobStatus(j.id(), j.election().value(), j.kind().name(), j.status().name(),
                j.progress(), j.step(), j.message(), j.hasResult(), RESULT_ROLES, j.createdAt(), j.startedAt(),
                j.finishedAt()));
    }

    @Override
    public Optional<Path> result(UUID id) {
        return jobs.resultFileOf(id).map(Path::of);
    }
}
