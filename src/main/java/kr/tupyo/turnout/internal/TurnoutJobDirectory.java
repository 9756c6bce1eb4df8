package kr.tupyo.turnout.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.platform.JobDirectory;
import kr.tupyo.platform.JobStatus;
import org.springframework.stereotype.Component;

/**
 * The national marked-list jobs for {@code /api/v1/jobs/{id}}: progress is precincts done of all. Their
 * files are one per precinct and format ({@code /api/v1/turnout/list-jobs/{job}/files}), so there is no
 * single result file.
 */
@Component
class TurnoutJobDirectory implements JobDirectory {

    static final String KIND = "MARKED_LISTS";

    private final ListJobs jobs;

    TurnoutJobDirectory(ListJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobStatus> find(UUID id) {
        return jobs.find(id).map(j -> new JobStatus(j.id(), UUID.fromString(j.electionId()), KIND, j.status(), j.percent(),
                j.done() + "/" + j.precincts() + " " + j.formats(), j.message(), false, Set.of(), j.createdAt(),
                j.startedAt(), j.finishedAt()));
    }

    @Override
    public Optional<Path> result(UUID id) {
        return Optional.empty();
    }
}
