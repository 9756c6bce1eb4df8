package kr.tupyo.roll.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.ElectionId;
import kr.tupyo.roll.RollAuditEvent;
import kr.tupyo.roll.RollFinalised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The finalisation job: digests the FINALISING list (docs/formats/voters-list-digest.md; the database
 * keeps it from changing meanwhile), then in one short transaction stores the digest, makes the list
 * FINALISED, audits and publishes {@link RollFinalised}; then blocks the voters whose deaths the register
 * has recorded since the compilation. If it fails the list is a draft again.
 * A job claimed again after its worker died simply digests again: the same list gives the same digest.
 */
@Component
class FinalisationJob implements JobHandler {

    private final VotersLists lists;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Corrections corrections;
    private final RollPrecincts precincts;
    private final int parallelism;

    FinalisationJob(VotersLists lists, DataSource dataSource, PlatformTransactionManager transactions,
                    AuditLog audit, ApplicationEventPublisher events, Corrections corrections, RollPrecincts precincts,
                    RollSettings settings) {
        this.corrections = corrections;
        this.precincts = precincts;
        this.parallelism = settings.compileParallelism();
        this.lists = lists;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.events = events;
    }

    @Override
    public JobKind kind() {
        return JobKind.FINALISE;
    }

    @Override
    public Outcome run(RollJob job, Progress progress) {
        ElectionId id = job.election();
        Optional<VotersList> list = lists.find(id);
        if (list.isPresent() && list.get().status() == RollStatus.FINALISED) {
            return Outcome.success("already finalised; digest " + list.get().digest());
        }
        if (list.isEmpty() || list.get().status() != RollStatus.FINALISING) {
            return Outcome.failure("the list is not being finalised");
        }
        try {
            long rows = Math.max(1, list.get().residents());
            progress.report(1, "DIGEST");
            // Over as many connections as a compilation uses (the same ranges of 읍면동).
            var bounds = EmdRanges.split(precincts.electorateByEmd(id), parallelism);
            String digest = ListDigest.of(dataSource, "roll_entries", id, list.get().referenceDate(), bounds,
                    done -> progress.report((int) Math.min(95, 1 + done * 94 / rows), "DIGEST"));
            progress.report(96, "FINALISE");
            VotersList finalised = tx.execute(s -> {
                lists.lock(id);
                lists.finalised(id, job.requestedBy(), digest);
                VotersList now = lists.find(id).orElseThrow();
                if (now.status() != RollStatus.FINALISED) {
                    throw new IllegalStateException("the list left FINALISING while it was digested: " + now.status());
                }
                audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_FINALISED, RollCompilation.target(id),
                        AuditOutcome.SUCCESS, Map.of("digest", digest, "voters", Long.toString(now.voters()),
                                "job", job.id().toString()));
                events.publishEvent(new RollFinalised(id, digest, now.voters(), Instant.now()));
                return now;
            });
            // Deaths the register recorded since the compilation (or while this job ran, when the register's
            // event found the list still FINALISING) are blocked at once: decision 104.
            int deaths = corrections.recordDeaths(id, job.requestedBy());
            return Outcome.success("finalised: " + finalised.voters() + " voters, digest " + digest
                    + (deaths > 0 ? "; " + deaths + " death(s) since compilation blocked" : ""));
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> {
                lists.finalisationFailed(id);
                audit.recordAs(job.requestedBy(), RollAuditEvent.ROLL_FINALISE_FAILED, RollCompilation.target(id),
                        AuditOutcome.FAILURE, Map.of("job", job.id().toString(), "error", e.getClass().getSimpleName()));
            });
            throw e;
        }
    }
}
