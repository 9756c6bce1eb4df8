package kr.tupyo.roll.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.election.EligibilityRules;
import kr.tupyo.election.Precinct;
import kr.tupyo.election.Precincts;
import kr.tupyo.registry.Division;
import kr.tupyo.registry.Divisions;
import kr.tupyo.roll.RollAuditEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compiles an election's draft voters list as a background job: stages the contests per 읍면동 and the
 * precinct shares, builds the whole list with one {@code INSERT ... SELECT} into a table of its own
 * (docs/decisions/101), indexes it, digests it, and swaps it in for the previous draft, with the precincts and
 * contests it was compiled with, in one short transaction. Until the swap the previous draft stays readable with
 * its own precincts and contests; a finalised list is never replaced.
 */
@Component
class RollCompilation implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(RollCompilation.class);

    private final Elections elections;
    private final Contests contests;
    private final Precincts precincts;
    private final Divisions divisions;
    private final EmdContests emdContests;
    private final RollPrecincts rollPrecincts;
    private final VotersLists lists;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final int parallelism;
    /** Runs the statements a compilation sends at once, each on a connection of its own. */
    private final Executor connections = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("roll-compile-", 1).factory());

    RollCompilation(Elections elections, Contests contests, Precincts precincts, Divisions divisions, EmdContests emdContests,
                    RollPrecincts rollPrecincts, VotersLists lists, JdbcClient jdbc, DataSource dataSource,
                    PlatformTransactionManager transactions, AuditLog audit,
                    RollSettings settings) {
        this.elections = elections;
        this.contests = contests;
        this.precincts = precincts;
        this.divisions = divisions;
        this.emdContests = emdContests;
        this.rollPrecincts = rollPrecincts;
        this.lists = lists;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.parallelism = settings.compileParallelism();
    }

    @Override
    public JobKind kind() {
        return JobKind.COMPILE;
    }

    @Override
    public Outcome run(RollJob job, Progress progress) {
        ElectionId id = job.election();
        Election election = elections.find(id).orElse(null);
        if (election == null) {
            return Outcome.failure("ELECTION_NOT_FOUND");
        }
        if (!lists.status(id).isDraft()) {
            audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_COMPILE_FAILED, target(id), AuditOutcome.FAILURE,
                    Map.of("job", job.id().toString(), "reason", "ROLL_ALREADY_FINALISED"));
            return Outcome.failure("ROLL_ALREADY_FINALISED");
        }
        long started = System.nanoTime();
        BuildTables build = BuildTables.of(job.id());
        dropBuildTables(build); // left over by a worker that died
        try {
            StepTimes times = new StepTimes();
            progress.report(5, "CONTESTS_AND_PRECINCTS");
            List<ContestId> compiledContests = new ArrayList<>();
            EligibilityRules rules = prepare(election, build, compiledContests);
            times.mark("prepare");
            progress.report(10, "SELECTING_VOTERS");
            List<String> bounds = EmdRanges.shrinking(rollPrecincts.electorateByEmd(build.precincts(), election.id()), parallelism);
            double[] rangeSeconds = new double[bounds.size() - 1];
            Optional<String> streamed = compileInto(build, election, rules, bounds, rangeSeconds);
            times.mark("select", rangeSeconds);
            progress.report(65, "INDEXING");
            index(build);
            times.mark("index");
            progress.report(80, "DIGEST");
            String digest = streamed.orElseGet(() -> {
                log.warn("the rows of {} came out of the compilation in another order than the window's: digesting the stored list", id);
                return ListDigest.of(dataSource, build.entries(), build.precincts(), id, election.calendar().referenceDate(),
                        bounds, rows -> { });
            });
            times.mark(streamed.isPresent() ? "digest (from the compiled rows)" : "digest");
            progress.report(90, "PUBLISHING");
            Counts counts = swap(build, election, job.requestedBy(), digest, compiledContests);
            times.mark("publish");
            if (counts == null) {
                dropBuildTables(build);
                return Outcome.failure("ROLL_ALREADY_FINALISED");
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            log.info("voters list of {} compiled: {} residents, {} voters in {} s ({})", id, counts.residents(),
                    counts.voters(), seconds, times);
            audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_COMPILED, target(id), AuditOutcome.SUCCESS,
                    Map.of("job", job.id().toString(), "residents", Long.toString(counts.residents()),
                            "voters", Long.toString(counts.voters()), "digest", digest, "seconds", Long.toString(seconds)));
            return Outcome.success(counts.voters() + " voters of " + counts.residents() + " residents; digest " + digest
                    + "; " + times);
        } catch (RuntimeException e) {
            dropBuildTables(build);
            audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_COMPILE_FAILED, target(id), AuditOutcome.FAILURE,
                    Map.of("job", job.id().toString(), "reason", e.getClass().getSimpleName()));
            throw e;
        }
    }

    /**
     * Stages the precincts and each 읍면동's contests in the build's own tables, and answers the eligibility rules
     * from the contests as they are now (a by-election's rules follow its contests, decision 044): both are fixed
     * for this compilation, so a contest added or removed later takes effect at the next one. Adds those contests'
     * ids to {@code compiled}, which the swap stores with the list (finalisation compares them). Nothing published
     * changes here: the previous draft keeps its precincts and contests until the swap, and keeps them for good if
     * this compilation fails (decision 101, session 7 addendum).
     */
    private EligibilityRules prepare(Election election, BuildTables build, List<ContestId> compiled) {
        ElectionId id = election.id();
        var list = precincts.of(id);
        TreeSet<String> emds = new TreeSet<>();
        divisions.allEmds(election.calendar().referenceDate()).stream().map(Division::emdCode).forEach(emds::add);
        list.stream().map(Precinct::emdCode).forEach(emds::add);
        return tx.execute(s -> {
            // Adding or removing a contest share-locks the list's row (V6_5): holding it, the rules and each 읍면동's
            // contests are made from the same contests.
            lists.lock(id);
            List<Contest> now = contests.of(id);
            compiled.addAll(now.stream().map(Contest::id).toList());
            rollPrecincts.stage(build.precincts(), id, list);
            emdContests.stage(build.emdContests(), id, emds);
            return election.eligibilityRules(now);
        });
    }

    /**
     * Compiles the list into the build table with {@link #parallelism} statements at once, each on its own
     * connection and one of the disjoint ranges of 읍면동 codes in {@code bounds}, in order: the window sort by 읍면동
     * and address is single-threaded inside PostgreSQL, so one statement keeps one core busy.
     * The rows each statement returns while it inserts them make the digest and the tallies ({@link CompiledRange}).
     *
     * @param rangeSeconds filled with each range's seconds, for the job's message
     * @return the digest of the list, empty when a statement returned its rows out of the canonical order
     */
    private Optional<String> compileInto(BuildTables build, Election election, EligibilityRules rules, List<String> bounds,
                                         double[] rangeSeconds) {
        // The partition constraint as a CHECK from the start, so that ATTACH PARTITION need not scan the table
        // to prove it (and nothing else can slip in).
        // No autovacuum while it is built: the 52 M fresh rows would draw one beside the indexing and the digest,
        // for the same two cores; the swap turns it back on, and the vacuum runs once the list is published.
        jdbc.sql("CREATE TABLE " + build.entries() + " (LIKE roll_entries INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CHECK (election_id = "
                + PartitionNames.literal(election.id().value()) + ")) WITH (autovacuum_enabled = false)").update();
        jdbc.sql("CREATE TABLE " + build.tallies() + " (LIKE roll_tallies)").update();
        Map<Long, byte[]> names = precinctNames(build.precincts());
        int ranges = bounds.size() - 1;
        // At most `parallelism` statements at once, each connection taking the next range as soon as its own ends: the
        // ranges shrink towards the end (EmdRanges.shrinking), so that no connection waits long for the last one.
        Semaphore running = new Semaphore(parallelism, true);
        AtomicBoolean failed = new AtomicBoolean(); // then the ranges still waiting are not compiled: the build is dropped
        try (CompiledDigest digest = new CompiledDigest(election.id(), election.calendar().referenceDate(), ranges)) {
            List<CompletableFuture<Boolean>> parts = new ArrayList<>();
            for (int i = 0; i < ranges; i++) {
                String from = bounds.get(i);
                String to = bounds.get(i + 1);
                int index = i;
                CompiledRange range = new CompiledRange(digest.voters(i), digest.excluded(i), names,
                        new CompileTallies(election.id().value(), election.electionDay()));
                parts.add(CompletableFuture.supplyAsync(() -> {
                    boolean inOrder;
                    running.acquireUninterruptibly();
                    try {
                        if (failed.get()) {
                            return false;
                        }
                        long started = System.nanoTime();
                        inOrder = compilePart(build, election, rules, from, to, range);
                        rangeSeconds[index] = (System.nanoTime() - started) / 1e9;
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        running.release();
                    }
                    digest.ended(index); // beside the statements still running, once its connection is free
                    return inOrder;
                }, connections));
            }
            awaitAll(parts);
            return digest.digest(parts.stream().allMatch(CompletableFuture::join));
        }
    }

    /** Each staged precinct's name as the digest's lines write it (escaped, UTF-8). */
    private Map<Long, byte[]> precinctNames(String stagedPrecincts) {
        Map<Long, byte[]> names = new HashMap<>();
        jdbc.sql("SELECT precinct_id, name FROM " + stagedPrecincts)
                .query((rs, n) -> names.put(rs.getLong(1), ListDigest.escape(rs.getString(2)).getBytes(StandardCharsets.UTF_8)))
                .list();
        return names;
    }

    /** Compiles one range of 읍면동 codes, hands its rows to the range as they are inserted; true if they came in order. */
    private boolean compilePart(BuildTables build, Election election, EligibilityRules rules, String emdFrom,
                                String emdTo, CompiledRange range) {
        Map<String, Object> values = new HashMap<>(rules.sqlParameters());
        values.put("election", election.id().value());
        values.put("emd_from", emdFrom);
        values.put("emd_to", emdTo);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Memory for the window sort by 읍면동 and address. With the facts' 읍면동 index (V4_8) it sorts one
                // 읍면동 at a time (an incremental sort, ≈ 16 MB at most); a register stored out of 읍면동 order is
                // sorted whole, and then 1 GB spills less than 256 MB did (select 316 → 308 s, session 4).
                statement.execute("SET LOCAL work_mem = '1GB'");
                statement.execute(SqlLiterals.inline(CompileSql.shares(build.precincts()), values));
                statement.execute("ANALYZE roll_compile_shares");
                CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY ("
                        + SqlLiterals.inline(CompileSql.insertInto(build.entries(), build.emdContests()), values)
                        + ") TO STDOUT (FORMAT binary)");
                try {
                    BinaryCopyRows rows = new BinaryCopyRows(copy, CompiledRange.FIELDS);
                    while (rows.next()) {
                        range.add(rows);
                    }
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                range.finish();
                range.tallies().copyInto(connection, build.tallies());
                connection.commit();
                return range.inOrder();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compile the 읍면동 codes from " + emdFrom + " to " + emdTo, e);
        }
    }

    /**
     * Builds the list's indexes: with two connections or more, its two halves at once (V6_6: each index build
     * leaves a core idle while its leader merges and writes), then the statistics.
     */
    private void index(BuildTables build) {
        List<String> halves = parallelism >= 2
                ? List.of(CompileSql.indexHalf(build.entries(), 1), CompileSql.indexHalf(build.entries(), 2))
                : List.of(CompileSql.indexes(build.entries()));
        awaitAll(halves.stream().map(statement -> CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                sql.execute("SET LOCAL maintenance_work_mem = '512MB'");
                sql.execute(statement);
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot index " + build.entries(), e);
            }
        }, connections)).toList());
        jdbc.sql("ANALYZE " + build.entries()).update();
    }

    private void dropBuildTables(BuildTables build) {
        jdbc.sql(build.dropStatement()).update();
    }

    /** Waits for every one (so that nothing still uses the build table after this), then throws the first failure. */
    private static void awaitAll(List<? extends CompletableFuture<?>> running) {
        RuntimeException failure = null;
        for (CompletableFuture<?> one : running) {
            try {
                one.join();
            } catch (java.util.concurrent.CompletionException e) {
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private record Counts(long residents, long voters) {
    }

    /** Seconds per step, for the job message and the benchmark. */
    private static final class StepTimes {
        private final StringBuilder text = new StringBuilder();
        private long since = System.nanoTime();

        void mark(String step) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(step).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - since) / 1e9));
            since = now;
        }

        /** A step made of parts run side by side, with each part's own seconds. */
        void mark(String step, double[] parts) {
            mark(step);
            text.append(Arrays.stream(parts).mapToObj(p -> String.format(java.util.Locale.ROOT, "%.1f", p))
                    .collect(java.util.stream.Collectors.joining(", ", " (ranges ", " s)")));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Publishes the built list in place of the draft, with the precincts and contests it was compiled with; null when
     * the list was finalised meanwhile (then nothing published changes).
     */
    private Counts swap(BuildTables build, Election election, String by, String digest, List<ContestId> compiledContests) {
        ElectionId id = election.id();
        String partition = PartitionNames.partition(id);
        return tx.execute(s -> {
            lists.lock(id);
            if (!lists.status(id).isDraft()) {
                return null;
            }
            rollPrecincts.publish(id, build.precincts());
            emdContests.publish(id, build.emdContests());
            BuildTables.publish(jdbc, "roll_tallies", CompileSql.TALLY_COLUMNS, id, build.tallies());
            jdbc.sql("DROP TABLE " + build.tallies() + ", " + build.precincts() + ", " + build.emdContests()).update();
            // The counts from the tallies just written: one pass over the list instead of two more.
            long residents = jdbc.sql("SELECT coalesce(sum(people), 0) FROM roll_tallies WHERE election_id = ?")
                    .param(id.value()).query(Long.class).single();
            long voters = jdbc.sql("SELECT coalesce(sum(people), 0) FROM roll_tallies WHERE election_id = ? AND exclusion IS NULL")
                    .param(id.value()).query(Long.class).single();
            lists.compiled(id, election.calendar().referenceDate(), by, residents, voters, digest, compiledContests);
            // Only now the short exclusive part: the old draft goes, the new one takes its place.
            jdbc.sql("DROP TABLE IF EXISTS " + partition).update();
            jdbc.sql("ALTER TABLE " + build.entries() + " RENAME TO " + partition).update();
            jdbc.sql("ALTER TABLE " + partition + " RESET (autovacuum_enabled)").update();
            jdbc.sql("ALTER TABLE roll_entries ATTACH PARTITION " + partition + " FOR VALUES IN ("
                    + PartitionNames.literal(id.value()) + ")").update();
            jdbc.sql("CREATE TRIGGER roll_partition_no_truncate BEFORE TRUNCATE ON " + partition
                    + " FOR EACH STATEMENT EXECUTE FUNCTION roll_entries_partition_no_truncate()").update();
            return new Counts(residents, voters);
        });
    }

    static String target(ElectionId id) {
        return "election:" + id.value();
    }
}
