package kr.tupyo.roll.internal;

import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.roll.RollAuditEvent;
import org.springframework.stereotype.Service;

/** Asks for a (re-)compilation: a job, or the one already queued or running for the election. */
@Service
public class Compilations {

    private final RollJobs jobs;
    private final VotersLists lists;
    private final JobWorker worker;
    private final AuditLog audit;

    Compilations(RollJobs jobs, VotersLists lists, JobWorker worker, AuditLog audit) {
        this.jobs = jobs;
        this.lists = lists;
        this.worker = worker;
        this.audit = audit;
    }

    public sealed interface Request {
        record Accepted(RollJob job) implements Request {
        }

        record Finalised() implements Request {
        }

        record Finalising() implements Request {
        }
    }

    public Request request(Election election, String by) {
        RollStatus status = lists.status(election.id());
        if (status == RollStatus.FINALISING) {
            return new Request.Finalising();
        }
        if (!status.isDraft()) {
            return new Request.Finalised();
        }
        RollJob job = jobs.enqueue(election.id(), JobKind.COMPILE, null, by);
        audit.record(RollAuditEvent.ROLL_COMPILE_REQUESTED, RollCompilation.target(election.id()), AuditOutcome.SUCCESS,
                Map.of("job", job.id().toString()));
        worker.wake();
        return new Request.Accepted(job);
    }

    public RollJob requestLists(Election election, String by) {
        RollJob job = jobs.enqueue(election.id(), JobKind.LISTS, "ALL", by);
        worker.wake();
        return job;
    }
}
