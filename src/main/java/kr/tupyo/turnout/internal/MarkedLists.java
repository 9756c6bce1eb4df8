package kr.tupyo.turnout.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.TurnoutError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The election-day lists with early voters marked: one precinct on demand, or all of them as one
 * national job. Both only once early voting has closed (before, a mark could still be missing) and
 * only from a finalised list.
 */
@Service
public class MarkedLists {

    private final PrecinctLists lists;
    private final MarkedList marked;
    private final MarkedListWriter writer;
    private final ListJobs jobs;
    private final ListJobWorker worker;
    private final AuditLog audit;
    private final Clock clock;

    MarkedLists(PrecinctLists lists, MarkedList marked, MarkedListWriter writer, ListJobs jobs, ListJobWorker worker,
                AuditLog audit, Clock clock) {
        this.lists = lists;
        this.marked = marked;
        this.writer = writer;
        this.jobs = jobs;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    /** A generated file with the SHA-256 of its bytes. */
    public record Document(byte[] bytes, String sha256, int lines, int earlyVoters) {
    }

    public Document precinct(Election election, long precinctId, String format) {
        requireClosed(election);
        PrecinctLists.ListedPrecinct precinct = lists.precincts(election.id()).stream().filter(p -> p.id() == precinctId)
                .findFirst().orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_PRECINCT_NOT_FOUND, precinctId));
        MarkedList.Marked list = marked.of(election.id(), precinct);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("PDF".equals(format)) {
            writer.pdf(election, list, out);
        } else {
            writer.csv(list, out);
        }
        byte[] bytes = out.toByteArray();
        String sha = Boundaries.sha256(bytes);
        audit.record(TurnoutAuditEvent.TURNOUT_LIST_DOWNLOADED, election.id().toString(), AuditOutcome.SUCCESS,
                Map.of("precinct", Long.toString(precinctId), "format", format, "sha256", sha));
        return new Document(bytes, sha, list.lines().size(), list.earlyVoters());
    }

    @Transactional
    public ListJob requestAll(Election election, String formats, String by) {
        requireClosed(election);
        if (lists.precincts(election.id()).isEmpty()) {
            throw new ProblemException(TurnoutError.TURNOUT_ROLL_NOT_FINALISED);
        }
        ListJob job = jobs.create(election.id(), formats, by);
        audit.record(TurnoutAuditEvent.TURNOUT_LISTS_REQUESTED, election.id().toString(), AuditOutcome.SUCCESS,
                Map.of("job", job.id().toString(), "formats", formats));
        worker.wakeAfterCommit();
        return job;
    }

    public java.util.Optional<ListJob> job(UUID id) {
        return jobs.find(id);
    }

    public List<ListJob> jobs(Election election) {
        return jobs.ofElection(election.id());
    }

    public java.util.Optional<ListJobs.ListFile> file(UUID job, long precinct, String format) {
        return jobs.file(job, precinct, format);
    }

    public List<ListJobs.ListFile> files(UUID job) {
        return jobs.files(job);
    }

    void requireClosed(Election election) {
        var cal = election.calendar();
        LocalDateTime closes = cal.earlyVoting().last().atTime(cal.earlyVotingCloses());
        if (LocalDateTime.now(clock.withZone(KoreaTime.ZONE)).isBefore(closes)) {
            throw new ProblemException(TurnoutError.TURNOUT_EARLY_VOTING_NOT_CLOSED, closes);
        }
    }
}
