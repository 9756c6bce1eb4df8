package kr.tupyo.roll.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.TupyoProperties;
import kr.tupyo.roll.RollAuditEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Generates the election-day lists of all precincts (a PDF and a CSV each) into one ZIP in the data directory. */
@Component
class ListsJob implements JobHandler {

    private final Elections elections;
    private final RollPrecincts precincts;
    private final ElectionDayLists lists;
    private final TupyoProperties properties;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    ListsJob(Elections elections, RollPrecincts precincts, ElectionDayLists lists, TupyoProperties properties,
             PlatformTransactionManager transactions, AuditLog audit) {
        this.elections = elections;
        this.precincts = precincts;
        this.lists = lists;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    @Override
    public JobKind kind() {
        return JobKind.LISTS;
    }

    @Override
    public Outcome run(RollJob job, Progress progress) {
        Election election = elections.find(job.election()).orElse(null);
        if (election == null) {
            return Outcome.failure("ELECTION_NOT_FOUND");
        }
        List<RollPrecincts.RollPrecinct> all = precincts.of(election.id());
        try {
            Path dir = properties.dataDir().resolve("roll").resolve("lists");
            Files.createDirectories(dir);
            Path file = dir.resolve(job.id() + ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                int done = 0;
                for (RollPrecincts.RollPrecinct p : all) {
                    String base = p.emdCode() + "-" + String.format("%02d", p.seq()) + "-" + p.name();
                    zip.putNextEntry(new ZipEntry(base + ".pdf"));
                    tx.executeWithoutResult(s -> lists.pdf(election, p, new java.io.FilterOutputStream(zip) {
                        @Override
                        public void close() throws IOException {
                            flush(); // the PDF writer closes its stream; the ZIP must stay open
                        }
                    }));
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(base + ".csv"));
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    lists.csvHeader(w);
                    tx.executeWithoutResult(s -> lists.csv(election, p, w));
                    w.flush();
                    zip.closeEntry();
                    done++;
                    if (done % 10 == 0 || done == all.size()) {
                        progress.report(Math.max(1, done * 99 / Math.max(1, all.size())), "PRECINCT " + done + "/" + all.size());
                    }
                }
            }
            audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_LISTS_GENERATED, RollCompilation.target(election.id()),
                    AuditOutcome.SUCCESS, Map.of("precincts", Integer.toString(all.size()), "job", job.id().toString()));
            return new Outcome(true, all.size() + " precincts", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
