package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.RegistryAuditEvent;
import kr.tupyo.registry.RegistryError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import all-or-nothing: a digest pass (a file already accepted is refused as a duplicate),
 * then one transaction that reads the file line by line, validates every row, stages and stores; any
 * error rolls the whole file back. Progress is committed separately every {@value #PROGRESS_EVERY} rows,
 * and by a step after the reading (events applied) as it goes.
 * Imports are serialised by an advisory lock: events must apply to the extract before them.
 */
@Service
public class ImportRunner {

    static final int PROGRESS_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate separately;

    ImportRunner(ImportJobs jobs, DataSource dataSource, JdbcClient jdbc, AuditLog audit,
                 PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Imports the file, or throws {@link ProblemException} (duplicate, rejected) with the report. */
    public ImportReport run(TabularImport kind, UploadedFile file, UUID requestedId, LocalDate effectiveDate,
                            String actor) {
        UUID id = requestedId != null ? requestedId : UUID.randomUUID();
        FileDigest digest;
        try {
            digest = FileDigest.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs.start(id, kind.kind(), file, digest, effectiveDate, actor);
        ImportIssues issues = new ImportIssues();
        RowReader.Result result;
        try {
            result = inTransaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tupyo registry import'))").query().singleValue();
                if (jobs.acceptedWithDigest(kind.kind(), digest.sha256()).isPresent()) {
                    return null;
                }
                ImportContext context = new ImportContext(id, effectiveDate, issues,
                        DataSourceUtils.getConnection(dataSource), jdbc,
                        (step, done, total) -> separately.executeWithoutResult(s -> jobs.step(id, step, done, total)));
                RowReader.Result read = new RowReader(kind, context,
                        rows -> separately.executeWithoutResult(s -> jobs.progress(id, rows))).read(file);
                if (issues.hasErrors()) {
                    status.setRollbackOnly();
                } else {
                    jobs.finish(id, ImportStatus.ACCEPTED, read.rows(), read.stored(), issues);
                    audit.record(RegistryAuditEvent.IMPORT_ACCEPTED, "import:" + id, AuditOutcome.SUCCESS,
                            details(kind, digest, read.rows(), read.stored(), issues));
                }
                return read;
            });
        } catch (RuntimeException e) {
            log.error("Import {} of kind {} failed unexpectedly", id, kind.kind(), e);
            issues.error(0, null, "INTERNAL_FAILURE");
            jobs.finish(id, ImportStatus.REJECTED, 0, 0, issues);
            throw e;
        }
        if (result == null) {
            UUID earlier = jobs.acceptedWithDigest(kind.kind(), digest.sha256()).orElseThrow();
            jobs.finish(id, ImportStatus.DUPLICATE, 0, 0, issues);
            audit.record(RegistryAuditEvent.IMPORT_DUPLICATE, "import:" + id, AuditOutcome.FAILURE,
                    Map.of("kind", kind.kind().name(), "sha256", digest.sha256(), "earlierImport", earlier.toString()));
            throw new ProblemException(RegistryError.DUPLICATE_IMPORT,
                    Map.of("importId", id, "earlierImportId", earlier, "sha256", digest.sha256()), earlier);
        }
        if (issues.hasErrors()) {
            jobs.finish(id, ImportStatus.REJECTED, result.rows(), 0, issues);
            audit.record(RegistryAuditEvent.IMPORT_REJECTED, "import:" + id, AuditOutcome.FAILURE,
                    details(kind, digest, result.rows(), 0, issues));
            ImportReport report = jobs.find(id).orElseThrow();
            throw new ImportRejectedException(report);
        }
        log.info("Import {} of kind {} accepted: {} rows, {} stored, {} warnings", id, kind.kind(), result.rows(),
                result.stored(), issues.warningCount());
        return jobs.find(id).orElseThrow();
    }

    private static Map<String, String> details(TabularImport kind, FileDigest digest, long rows, long stored,
                                               ImportIssues issues) {
        return Map.of("kind", kind.kind().name(), "sha256", digest.sha256(), "rows", String.valueOf(rows),
                "stored", String.valueOf(stored), "errors", String.valueOf(issues.errorCount()),
                "warnings", String.valueOf(issues.warningCount()));
    }
}
