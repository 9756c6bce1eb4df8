package kr.tupyo.election.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.ElectionAuditEvent;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.CsvLine;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an election's precinct file all-or-nothing: one transaction replaces the election's
 * precincts with the file's rows, streamed into PostgreSQL with COPY while the file is checked, and
 * rolls back if any line is wrong or the same file (by SHA-256) was imported for this election
 * before. A refusal is audited in its own transaction, after the rollback.
 */
@Service
public class PrecinctImporter {

    private static final String COPY = "COPY precincts (election_id, line, sido_name, sgg_name, sgg_code, emd_name, "
            + "emd_code, name, polling_place, electors, election_day_voters) FROM STDIN (FORMAT csv)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final KnownDivisions divisions;

    PrecinctImporter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                     AuditLog audit, KnownDivisions divisions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.divisions = divisions;
    }

    public PrecinctImportResult importFile(ElectionId election, String fileName, InputStream content) {
        PrecinctImportResult result = transactions.execute(status -> {
            PrecinctImportResult outcome = load(election, fileName, content);
            if (!(outcome instanceof PrecinctImportResult.Imported)) {
                status.setRollbackOnly();
            }
            return outcome;
        });
        switch (result) {
            case PrecinctImportResult.Rejected r -> refused(election, Map.of("errors", String.valueOf(r.errorCount())));
            case PrecinctImportResult.Duplicate d -> refused(election, Map.of("duplicateOf", d.digest()));
            case PrecinctImportResult.Imported i -> {
            }
            case PrecinctImportResult.ElectionMissing m -> {
            }
        }
        return result;
    }

    private PrecinctImportResult load(ElectionId election, String fileName, InputStream content) {
        var electionDay = jdbc.sql("SELECT election_day FROM elections WHERE id = ? FOR UPDATE").param(election.value())
                .query(java.time.LocalDate.class).optional();
        if (electionDay.isEmpty()) {
            return new PrecinctImportResult.ElectionMissing();
        }
        jdbc.sql("DELETE FROM precincts WHERE election_id = ?").param(election.value()).update();
        // 읍면동 codes must exist in the division table in force on election day, when there is one
        Predicate<String> known = divisions.areaCodes(electionDay.get())
                .<Predicate<String>>map(codes -> codes::contains).orElse(code -> true);
        PrecinctFile.Summary summary;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                summary = PrecinctFile.read(content, known, row -> write(copy, election, row));
                if (summary.valid()) {
                    copy.endCopy();
                }
            } finally {
                if (copy.isActive()) {
                    // rows sent before the first error are undone with the transaction
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("precinct COPY failed", e);
        }
        if (!summary.valid()) {
            return new PrecinctImportResult.Rejected(summary.errors(), summary.errorCount());
        }
        return record(election, fileName, summary);
    }

    private PrecinctImportResult record(ElectionId election, String fileName, PrecinctFile.Summary summary) {
        var id = jdbc.sql("""
                INSERT INTO precinct_imports (election_id, digest, file_name, rows, imported_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (election_id, digest) DO NOTHING RETURNING id""")
                .params(election.value(), summary.digest(), fileName, summary.rows(), Caller.name())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            Instant when = jdbc.sql("SELECT imported_at FROM precinct_imports WHERE election_id = ? AND digest = ?")
                    .params(election.value(), summary.digest()).query(java.sql.Timestamp.class).single().toInstant();
            return new PrecinctImportResult.Duplicate(summary.digest(), when);
        }
        audit.record(ElectionAuditEvent.PRECINCTS_IMPORTED, "election:" + election, AuditOutcome.SUCCESS,
                Map.of("digest", summary.digest(), "rows", String.valueOf(summary.rows())));
        return new PrecinctImportResult.Imported(id.get(), summary.rows(), summary.emdCount(), summary.digest());
    }

    private static void write(CopyIn copy, ElectionId election, PrecinctFile.NumberedRow numbered) {
        PrecinctRow r = numbered.row();
        String line = String.join(",", election.toString(), String.valueOf(numbered.line()), CsvLine.quote(r.sidoName()),
                CsvLine.quote(r.sggName()), r.sggCode(), CsvLine.quote(r.emdName()), r.emdCode(), CsvLine.quote(r.name()),
                CsvLine.quote(r.pollingPlace()), String.valueOf(r.electors()), String.valueOf(r.electionDayVoters())) + "\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("precinct COPY failed", e);
        }
    }

    private void refused(ElectionId election, Map<String, String> details) {
        transactions.executeWithoutResult(s -> audit.record(ElectionAuditEvent.PRECINCT_IMPORT_REJECTED,
                "election:" + election, AuditOutcome.FAILURE, details));
    }
}
