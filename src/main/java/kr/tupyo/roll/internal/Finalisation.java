package kr.tupyo.roll.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.roll.RollAuditEvent;
import kr.tupyo.roll.RollFinalised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finalises (확정) a draft voters list: no objection may be pending and no compilation running. The
 * digest is taken again over the list as it now stands (accepted objections changed it), stored and
 * published with {@link RollFinalised}; from then on the database refuses any change to the list.
 */
@Service
public class Finalisation {

    private final VotersLists lists;
    private final Objections objections;
    private final RollJobs jobs;
    private final RollPrecincts precincts;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Finalisation(VotersLists lists, Objections objections, RollJobs jobs, RollPrecincts precincts, DataSource dataSource,
                 PlatformTransactionManager transactions, AuditLog audit, ApplicationEventPublisher events) {
        this.lists = lists;
        this.objections = objections;
        this.jobs = jobs;
        this.precincts = precincts;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.events = events;
    }

    public sealed interface Result {
        record Finalised(VotersList list) implements Result {
        }

        record NotCompiled() implements Result {
        }

        record AlreadyFinalised() implements Result {
        }

        record ObjectionsPending(long pending) implements Result {
        }

        record CompilationRunning() implements Result {
        }
    }

    public Result finalise(Election election, String by) {
        ElectionId id = election.id();
        return tx.execute(s -> {
            Optional<VotersList> list = lists.lock(id);
            if (list.isEmpty()) {
                return new Result.NotCompiled();
            }
            if (!list.get().status().isDraft()) {
                return new Result.AlreadyFinalised();
            }
            long pending = objections.pending(id);
            if (pending > 0) {
                return new Result.ObjectionsPending(pending);
            }
            if (jobs.active(id, JobKind.COMPILE).isPresent()) {
                return new Result.CompilationRunning();
            }
            String digest = ListDigest.of(dataSource, tx, "roll_entries", id, list.get().referenceDate(), precincts.names(id));
            lists.changed(id, list.get().residents(), list.get().voters(), digest);
            lists.finalised(id, by);
            VotersList finalised = lists.find(id).orElseThrow();
            audit.record(RollAuditEvent.ROLL_FINALISED, RollCompilation.target(id), AuditOutcome.SUCCESS,
                    Map.of("digest", digest, "voters", Long.toString(finalised.voters())));
            events.publishEvent(new RollFinalised(id, digest, finalised.voters(), Instant.now()));
            return new Result.Finalised(finalised);
        });
    }
}
