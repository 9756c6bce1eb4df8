package kr.tupyo.roll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job queue, kept in the database: enqueueing is idempotent per election and kind while a job is
 * active (a partial unique index), and claiming uses {@code FOR UPDATE SKIP LOCKED} so that of several
 * instances exactly one runs a job. A worker that dies stops beating; its job is claimed again.
 */
@Repository
public class RollJobs {

    /** A RUNNING job whose heartbeat is older than this is taken to be orphaned. */
    static final String STALE_AFTER = "2 minutes";

    private final JdbcClient jdbc;

    RollJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new job, or the one already queued or running for the same election and kind. */
    public RollJob enqueue(ElectionId election, JobKind kind, String parameter, String requestedBy) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO roll_jobs (id, election_id, kind, parameter, status, requested_by)
                VALUES (?, ?, ?, ?, 'QUEUED', ?) ON CONFLICT DO NOTHING""")
                .params(id, election.value(), kind.name(), parameter, requestedBy).update();
        if (inserted == 1) {
            return find(id).orElseThrow();
        }
        return active(election, kind).orElseGet(() -> enqueue(election, kind, parameter, requestedBy));
    }

    public Optional<RollJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM roll_jobs WHERE id = ?").param(id).query(RollJobs::job).optional();
    }

    public Optional<RollJob> active(ElectionId election, JobKind kind) {
        return jdbc.sql("""
                SELECT * FROM roll_jobs WHERE election_id = ? AND kind = ? AND status IN ('QUEUED', 'RUNNING')""")
                .params(election.value(), kind.name()).query(RollJobs::job).optional();
    }

    public Optional<RollJob> latest(ElectionId election, JobKind kind) {
        return jdbc.sql("SELECT * FROM roll_jobs WHERE election_id = ? AND kind = ? ORDER BY created_at DESC LIMIT 1")
                .params(election.value(), kind.name()).query(RollJobs::job).optional();
    }

    /** Claims the oldest waiting (or orphaned) job for this worker; commits at once. */
    Optional<RollJob> claim() {
        return jdbc.sql("""
                UPDATE roll_jobs SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(),
                       step = 'STARTED'
                WHERE id = (SELECT id FROM roll_jobs
                            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - CAST(:stale AS interval))
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING *""").param("stale", STALE_AFTER).query(RollJobs::job).optional();
    }

    void progress(UUID id, int percent, String step) {
        jdbc.sql("UPDATE roll_jobs SET progress = ?, step = ?, heartbeat_at = now() WHERE id = ?")
                .params(percent, step, id).update();
    }

    void heartbeat(UUID id) {
        jdbc.sql("UPDATE roll_jobs SET heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'").param(id).update();
    }

    void succeeded(UUID id, String message, String resultFile) {
        jdbc.sql("""
                UPDATE roll_jobs SET status = 'SUCCEEDED', progress = 100, step = 'DONE', message = ?, result_file = ?,
                       finished_at = now() WHERE id = ?""").params(message, resultFile, id).update();
    }

    void failed(UUID id, String message) {
        jdbc.sql("UPDATE roll_jobs SET status = 'FAILED', step = 'FAILED', message = ?, finished_at = now() WHERE id = ?")
                .params(message, id).update();
    }

    public Optional<String> resultFileOf(UUID id) {
        return jdbc.sql("SELECT result_file FROM roll_jobs WHERE id = ? AND status = 'SUCCEEDED'").param(id)
                .query(String.class).optional();
    }

    private static RollJob job(ResultSet rs, int n) throws SQLException {
        return new RollJob(rs.getObject("id", UUID.class), new ElectionId(rs.getObject("election_id", UUID.class)),
                JobKind.valueOf(rs.getString("kind")), rs.getString("parameter"), JobStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"), rs.getString("step"), rs.getString("message"), rs.getString("result_file") != null,
                rs.getString("requested_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
