package kr.tupyo.turnout.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.JobFailure;
import kr.tupyo.platform.JobLoop;
import kr.tupyo.platform.TupyoProperties;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.turnout.TurnoutAuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the national list job on the platform's {@link JobLoop} (claimed by one instance, with a
 * heartbeat): writes each precinct's files with a worker per core and records each file's SHA-256 as
 * it is written (that record is also the resume point). Files go to
 * {@code <data dir>/turnout/lists/<job>/}; with several instances the data directory must be shared.
 */
@Component
class ListJobWorker extends JobLoop<ListJob> {

    private static final Logger log = LoggerFactory.getLogger(ListJobWorker.class);
    static final int PROGRESS_EVERY = 16;

    private final ListJobs jobs;
    private final Elections elections;
    private final PrecinctLists lists;
    private final MarkedList marked;
    private final MarkedListWriter writer;
    private final TupyoProperties properties;
    private final AuditLog audit;

    ListJobWorker(ListJobs jobs, Elections elections, PrecinctLists lists, MarkedList marked, MarkedListWriter writer,
                  TupyoProperties properties, AuditLog audit) {
        super("turnout-lists");
        this.jobs = jobs;
        this.elections = elections;
        this.lists = lists;
        this.marked = marked;
        this.writer = writer;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    protected Optional<ListJob> claim() {
        return jobs.claim();
    }

    @Override
    protected void heartbeat(ListJob job) {
        jobs.heartbeat(job.id());
    }

    @Override
    protected void run(ListJob job) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("turnout-list-", 0).factory());
        try {
            Election election = elections.find(ElectionId.of(job.electionId())).orElseThrow();
            List<PrecinctLists.ListedPrecinct> precincts = lists.precincts(election.id());
            jobs.start(job.id(), precincts.size());
            Path dir = properties.dataDir().resolve("turnout").resolve("lists").resolve(job.id().toString());
            Files.createDirectories(dir);
            boolean csv = !"PDF".equals(job.formats());
            boolean pdf = !"CSV".equals(job.formats());
            Set<Long> done = jobs.donePrecincts(job.id(), csv ? "CSV" : "PDF");
            List<Future<?>> work = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            for (PrecinctLists.ListedPrecinct p : precincts) {
                if (done.contains(p.id())) {
                    continue; // resumed: written and recorded by an earlier run
                }
                work.add(pool.submit(() -> {
                    MarkedList.Marked list = marked.of(election.id(), p);
                    String base = p.emdCode() + "-" + String.format("%02d", p.seq());
                    if (pdf) {
                        write(job, p, dir.resolve(base + ".pdf"), "PDF", list, out -> writer.pdf(election, list, out));
                    }
                    if (csv) {
                        write(job, p, dir.resolve(base + ".csv"), "CSV", list, out -> writer.csv(list, out));
                    }
                    if (written.incrementAndGet() % PROGRESS_EVERY == 0) {
                        jobs.progress(job.id()); // counts the recorded files: not after every precinct of 14,464
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            jobs.finish(job.id(), true, precincts.size() + " precincts");
            ListJob finished = jobs.find(job.id()).orElseThrow();
            audit.recordAs(job.requestedBy(), TurnoutAuditEvent.TURNOUT_LISTS_GENERATED, election.id().toString(),
                    AuditOutcome.SUCCESS, Map.of("job", job.id().toString(), "precincts", Integer.toString(precincts.size()),
                            "lines", Long.toString(finished.lines())));
        } catch (Exception e) {
            log.error("turnout list job {} failed", job.id(), e);
            jobs.finish(job.id(), false, JobFailure.message(e));
        } finally {
            pool.shutdownNow();
        }
    }

    interface Body {
        void writeTo(OutputStream out);
    }

    /** Writes to a temporary file and moves it into place, so that a recorded digest always matches a whole file. */
    private void write(ListJob job, PrecinctLists.ListedPrecinct p, Path file, String format, MarkedList.Marked list,
                       Body body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), sha)) {
                body.writeTo(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the PDF renderer closes its stream; the digest stream closes here
                    }
                });
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            jobs.recordFile(job.id(), p.id(), format, file.toString(), list.lines().size(), list.earlyVoters(),
                    HexFormat.of().formatHex(sha.digest()), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
