package kr.tupyo.turnout.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list jobs and their files. A job belongs to the database, not to an instance: any instance may
 * claim a queued job, and a running job whose heartbeat is older than {@link #STALE_SECONDS} (its
 * instance died) is claimed again and resumes after the precincts whose files are already recorded.
 */
@Repository
public class ListJobs {

    static final int STALE_SECONDS = 120;

    private final JdbcClient jdbc;
    private final Clock clock;

    ListJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ListJob create(ElectionId election, String formats, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO turnout_list_jobs (id, election_id, status, formats, requested_by, created_at)
                VALUES (?, ?, 'QUEUED', ?, ?, ?)""")
                .params(id, election.value(), formats, by, Timestamp.from(clock.instant())).update();
        return find(id).orElseThrow();
    }

    Optional<ListJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM turnout_list_jobs WHERE id = ?").param(id).query(ListJobs::row).optional();
    }

    List<ListJob> ofElection(ElectionId election) {
        return jdbc.sql("SELECT * FROM turnout_list_jobs WHERE election_id = ? ORDER BY created_at DESC LIMIT 20")
                .param(election.value()).query(ListJobs::row).list();
    }

    /** Takes the oldest queued job, or a running one whose instance stopped beating (SKIP LOCKED: one taker). */
    Optional<ListJob> claim() {
        return jdbc.sql("""
                UPDATE turnout_list_jobs SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now()
                WHERE id = (SELECT id FROM turnout_list_jobs
                            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?))
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING *""").param(STALE_SECONDS).query(ListJobs::row).optional();
    }

    void start(UUID id, int precincts) {
        jdbc.sql("UPDATE turnout_list_jobs SET precincts = ?, heartbeat_at = now() WHERE id = ?").params(precincts, id).update();
    }

    /** Progress and heartbeat in one: the job is alive while precincts get done. */
    void progress(UUID id) {
        jdbc.sql("""
                UPDATE turnout_list_jobs SET heartbeat_at = now(),
                    done = (SELECT count(DISTINCT precinct_id) FROM turnout_list_files WHERE job_id = ?),
                    lines = (SELECT coalesce(sum(lines), 0) FROM turnout_list_files WHERE job_id = ? AND format = (
                        CASE WHEN turnout_list_jobs.formats = 'PDF' THEN 'PDF' ELSE 'CSV' END))
                WHERE id = ?""").params(id, id, id).update();
    }

    void heartbeat(UUID id) {
        jdbc.sql("UPDATE turnout_list_jobs SET heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'").param(id).update();
    }

    void finish(UUID id, boolean succeeded, String message) {
        progress(id);
        jdbc.sql("UPDATE turnout_list_jobs SET status = ?, message = ?, finished_at = now() WHERE id = ?")
                .params(succeeded ? "SUCCEEDED" : "FAILED", message, id).update();
    }

    java.util.Set<Long> donePrecincts(UUID job, String format) {
        return new java.util.HashSet<>(jdbc.sql("SELECT precinct_id FROM turnout_list_files WHERE job_id = ? AND format = ?")
                .params(job, format).query(Long.class).list());
    }

    void recordFile(UUID job, long precinct, String format, String path, int lines, int early, String sha256, long bytes) {
        jdbc.sql("""
                INSERT INTO turnout_list_files (job_id, precinct_id, format, path, lines, early_voters, sha256, bytes, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id, precinct_id, format) DO UPDATE SET path = excluded.path, lines = excluded.lines,
                    early_voters = excluded.early_voters, sha256 = excluded.sha256, bytes = excluded.bytes,
                    written_at = excluded.written_at""")
                .params(job, precinct, format, path, lines, early, sha256, bytes, Timestamp.from(clock.instant())).update();
    }

    public record ListFile(long precinctId, String format, String path, int lines, int earlyVoters, String sha256, long bytes) {
    }

    Optional<ListFile> file(UUID job, long precinct, String format) {
        return jdbc.sql("SELECT * FROM turnout_list_files WHERE job_id = ? AND precinct_id = ? AND format = ?")
                .params(job, precinct, format)
                .query((rs, n) -> new ListFile(rs.getLong("precinct_id"), rs.getString("format"), rs.getString("path"),
                        rs.getInt("lines"), rs.getInt("early_voters"), rs.getString("sha256"), rs.getLong("bytes")))
                .optional();
    }

    List<ListFile> files(UUID job) {
        return jdbc.sql("SELECT * FROM turnout_list_files WHERE job_id = ? ORDER BY precinct_id, format").param(job)
                .query((rs, n) -> new ListFile(rs.getLong("precinct_id"), rs.getString("format"), rs.getString("path"),
                        rs.getInt("lines"), rs.getInt("early_voters"), rs.getString("sha256"), rs.getLong("bytes")))
                .list();
    }

    private static ListJob row(ResultSet rs, int n) throws SQLException {
        return new ListJob(rs.getObject("id", UUID.class), rs.getObject("election_id", UUID.class).toString(),
                rs.getString("status"), rs.getString("formats"), rs.getInt("precincts"), rs.getInt("done"),
                rs.getLong("lines"), rs.getString("message"), rs.getString("requested_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
