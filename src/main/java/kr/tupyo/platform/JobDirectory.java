package kr.tupyo.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a module's background jobs can be looked up by id, so that {@code GET /api/v1/jobs/{id}} answers
 * for the jobs of every module. Each module with a job table provides one bean; job ids are random UUIDs,
 * so at most one directory knows a given id.
 */
public interface JobDirectory {

    /** The job with this id, if this module has it. */
    Optional<JobStatus> find(UUID id);

    /** The single file a finished job produced, if it has one. */
    Optional<Path> result(UUID id);
}
