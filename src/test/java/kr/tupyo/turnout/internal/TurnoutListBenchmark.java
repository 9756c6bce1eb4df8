package kr.tupyo.turnout.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionCalendar;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.VoterId;
import org.junit.jupiter.api.Test;

/**
 * Not part of the build (no *Test/*IT suffix): the writing side of the national list job, per core
 * count, with precincts of the national average size (44,197,692 / 14,464 ≈ 3,056 lines) and about a
 * third early voters. Run: {@code mvn -B test -Dtest=TurnoutListBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (figures in docs/benchmarks.md).
 */
class TurnoutListBenchmark {

    static final int LINES = 3_056;
    static final int NATIONAL_PRECINCTS = 14_464;

    static MarkedList.Marked precinct(int n) {
        List<MarkedList.Line> lines = new ArrayList<>(LINES);
        int early = 0;
        for (int i = 1; i <= LINES; i++) {
            boolean voted = (i * 7 + n) % 3 == 0;
            early += voted ? 1 : 0;
            var line = new PrecinctLists.ListLine(new VoterId((long) n * LINES + i), i, "김민준" + (i % 97),
                    "서울특별시 종로구 청운효자동 자하문로 " + i + "길 " + (i % 40), LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                    "700101-1******", "DOMESTIC", null);
            lines.add(new MarkedList.Line(line, voted, voted ? MarkedList.EARLY : ""));
        }
        return new MarkedList.Marked(new PrecinctLists.ListedPrecinct(n, "1111051500", 1, "청운효자동제1투", "청운초등학교"), lines, early);
    }

    static OutputStream sink() throws Exception {
        return new DigestOutputStream(OutputStream.nullOutputStream(), MessageDigest.getInstance("SHA-256"));
    }

    /** Counts what is written, as the job's file would hold it. */
    static final class Counting extends FilterOutputStream {

        long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            bytes++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
            out.write(b, off, len);
        }
    }

    /**
     * Wall time depends on the other builds sharing the machine; the CPU time of the writing threads
     * (ThreadMXBean, generation of the sample list excluded) is the figure to compare between versions.
     */
    double run(ExecutorService pool, int threads, int precincts, boolean pdf, Election election) throws Exception {
        MarkedListWriter writer = new MarkedListWriter();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < precincts; p++) {
            int n = p;
            work.add(pool.submit(() -> {
                MarkedList.Marked list = precinct(n);
                Counting out = new Counting(sink());
                long before = mx.getCurrentThreadCpuTime();
                if (pdf) {
                    writer.pdf(election, list, out);
                } else {
                    writer.csv(list, out);
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - before);
                bytes.addAndGet(out.bytes);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perPrecinct = seconds / precincts;
        double lines = precincts * (double) LINES;
        System.out.printf("BENCH %s: %d precincts × %d lines on %d threads in %.1f s = %.0f lines/s; "
                        + "national (%d precincts) ≈ %.0f s; CPU %.2f µs/line (national ≈ %.0f core-s); %.0f KB/precinct; "
                        + "load %s%n", pdf ? "PDF" : "CSV", precincts, LINES, threads, seconds, lines / seconds,
                NATIONAL_PRECINCTS, perPrecinct * NATIONAL_PRECINCTS, cpu.get() / 1e3 / lines,
                cpu.get() / 1e9 / precincts * NATIONAL_PRECINCTS, bytes.get() / 1024.0 / precincts, loadAverage());
        return seconds;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    @Test
    void writingSpeed() throws Exception {
        LocalDate day = LocalDate.of(2028, 4, 12);
        Election election = new Election(new ElectionId(java.util.UUID.randomUUID()), ElectionType.PRESIDENTIAL,
                "제21대 대통령선거", ElectionCalendar.statutory(ElectionType.PRESIDENTIAL, day));
        // One pool for the warm-up and the measure, as the job has one for all its precincts: each
        // thread's one-off work (parsing the fonts) is then in the warm-up, not in 60 precincts of 14,464.
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, threads, 40, false, election); // warm-up
            run(pool, threads, 400, false, election);
            run(pool, threads, 10 * threads, true, election); // warm-up (fonts per thread, JIT)
            run(pool, threads, 200, true, election); // 60 until 2026-11-27: under a second now, too short to read
        } finally {
            pool.shutdown();
        }
    }
}
