package kr.tupyo.roll.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.roll.RollAuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for a draft voters list to be finalised (확정). The preconditions are answered at once, under the
 * list's row lock: compiled, not finalised, no objection pending, no compilation running, and the election's
 * contests those the draft was compiled with (decision 044, second session-6 addendum: else it must be compiled again). Then the list
 * becomes FINALISING (the database refuses any change to it from here) and a {@link JobKind#FINALISE}
 * job digests it and makes it FINALISED ({@link FinalisationJob}). Asking again while that job is queued
 * or running returns the same job.
 */
@Service
public class Finalisation {

    private final VotersLists lists;
    private final Contests contests;
    private final Objections objections;
    private final RollJobs jobs;
    private final JobWorker worker;
    private final AuditLog audit;

    Finalisation(VotersLists lists, Contests contests, Objections objections, RollJobs jobs, JobWorker worker, AuditLog audit) {
        this.lists = lists;
        this.contests = contests;
        this.objections = objections;
        this.jobs = jobs;
        this.worker = worker;
        this.audit = audit;
    }

    public sealed interface Result {
        record Accepted(RollJob job) implements Result {
        }

        record NotCompiled() implements Result {
        }

        record AlreadyFinalised() implements Result {
        }

        record ObjectionsPending(long pending) implements Result {
        }

        /** A compilation of the list is queued or running: finalising now would freeze the list it is about to replace. */
        record CompilationRunning(RollJob job) implements Result {
        }

        /** The election's contests are not those the draft was compiled with: compile it again. */
        record ContestsChanged(Set<ContestId> added, Set<ContestId> removed) implements Result {
        }
    }

    @Transactional
    public Result request(Election election, String by) {
        ElectionId id = election.id();
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty()) {
            return new Result.NotCompiled();
        }
        if (list.get().status() == RollStatus.FINALISED) {
            return new Result.AlreadyFinalised();
        }
        if (list.get().status() == RollStatus.FINALISING) {
            Optional<RollJob> running = jobs.active(id, JobKind.FINALISE);
            if (running.isPresent()) {
                return new Result.Accepted(running.get());
            }
        } else {
            long pending = objections.pending(id);
            if (pending > 0) {
                return new Result.ObjectionsPending(pending);
            }
            Optional<RollJob> compiling = jobs.active(id, JobKind.COMPILE);
            if (compiling.isPresent()) {
                return new Result.CompilationRunning(compiling.get());
            }
            Set<ContestId> compiled = lists.compiledContests(id).orElse(Set.of());
            Set<ContestId> now = contests.of(id).stream().map(Contest::id).collect(Collectors.toSet());
            if (!now.equals(compiled)) {
                return new Result.ContestsChanged(difference(now, compiled), difference(compiled, now));
            }
            lists.finalising(id);
        }
        RollJob job = jobs.enqueue(id, JobKind.FINALISE, null, by);
        audit.record(RollAuditEvent.ROLL_FINALISE_REQUESTED, RollCompilation.target(id), AuditOutcome.SUCCESS,
                Map.of("job", job.id().toString()));
        worker.wakeAfterCommit();
        return new Result.Accepted(job);
    }

    private static Set<ContestId> difference(Set<ContestId> a, Set<ContestId> b) {
        return a.stream().filter(c -> !b.contains(c)).collect(Collectors.toUnmodifiableSet());
    }
}
