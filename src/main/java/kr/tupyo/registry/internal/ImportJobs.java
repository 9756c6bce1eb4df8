package kr.tupyo.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The registry_imports table: one row per file offered, with its progress and its report. */
@Repository
public class ImportJobs {

    private static final TypeReference<List<ImportIssue>> ISSUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, ImportKind kind, UploadedFile file, FileDigest digest, LocalDate effectiveDate, String actor) {
        jdbc.sql("""
                INSERT INTO registry_imports (id, kind, file_name, sha256, file_bytes, lines_total, status,
                                              effective_date, started_by)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
                .params(id, kind.name(), file.name(), digest.sha256(), digest.bytes(), digest.dataLines(),
                        effectiveDate, actor)
                .update();
    }

    void progress(UUID id, long rowsProcessed) {
        jdbc.sql("UPDATE registry_imports SET rows_processed = ? WHERE id = ?").params(rowsProcessed, id).update();
    }

    void step(UUID id, ImportStep step, long done, long total) {
        jdbc.sql("UPDATE registry_imports SET step = ?, step_done = ?, step_total = ? WHERE id = ?")
                .params(step.name(), done, total, id).update();
    }

    void finish(UUID id, ImportStatus status, long rowsProcessed, long rowsStored, ImportIssues issues) {
        jdbc.sql("""
                UPDATE registry_imports SET status = ?, rows_processed = ?, rows_stored = ?, error_count = ?,
                       warning_count = ?, report = ?::jsonb, finished_at = now()
                WHERE id = ?""")
                .params(status.name(), rowsProcessed, rowsStored, issues.errorCount(), issues.warningCount(),
                        json.writeValueAsString(new Issues(issues.errors(), issues.warnings())), id)
                .update();
    }

    Optional<UUID> acceptedWithDigest(ImportKind kind, String sha256) {
        return jdbc.sql("SELECT id FROM registry_imports WHERE kind = ? AND sha256 = ? AND status = 'ACCEPTED'")
                .params(kind.name(), sha256).query(UUID.class).optional();
    }

    public Optional<ImportReport> find(UUID id) {
        return jdbc.sql("SELECT * FROM registry_imports WHERE id = ?").param(id).query(this::report).optional();
    }

    /** The newest imports, of one kind or (kind null) of all. */
    public List<ImportReport> newest(ImportKind kind, int limit) {
        return jdbc.sql("""
                SELECT * FROM registry_imports WHERE (CAST(? AS TEXT) IS NULL OR kind = ?)
                ORDER BY started_at DESC LIMIT ?""")
                .params(kind == null ? null : kind.name(), kind == null ? null : kind.name(), limit)
                .query(this::report).list();
    }

    private ImportReport report(ResultSet rs, int n) throws SQLException {
        String report = rs.getString("report");
        Issues issues = report == null ? new Issues(List.of(), List.of()) : json.readValue(report, Issues.class);
        return new ImportReport(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("sha256"), rs.getLong("file_bytes"),
                ImportStatus.valueOf(rs.getString("status")), rs.getObject("lines_total", Long.class),
                rs.getLong("rows_processed"), rs.getLong("rows_stored"), rs.getInt("error_count"),
                rs.getInt("warning_count"), issues.errors(), issues.warnings(),
                Optional.ofNullable(rs.getString("step")).map(ImportStep::valueOf).orElse(null),
                rs.getLong("step_done"), rs.getLong("step_total"),
                rs.getObject("effective_date", LocalDate.class), rs.getString("started_by"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    record Issues(List<ImportIssue> errors, List<ImportIssue> warnings) {
    }
}
