package kr.tupyo.turnout.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * A file the national job wrote, read back and checked against the SHA-256 recorded when it was
     * written: a file altered on disk is refused ({@code TURNOUT_LIST_ALTERED}, audited as a failure),
     * never served. Each download is audited, like a precinct produced on demand: the lists carry
     * names, addresses and birth dates.
     */
    public Document jobFile(UUID jobId, long precinct, String format) {
        String f = format(format);
        ListJob job = jobs.find(jobId).orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_JOB_NOT_FOUND, jobId));
        ListJobs.ListFile file = jobs.file(jobId, precinct, f)
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_NOT_READY, jobId));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = Boundaries.sha256(bytes);
        Map<String, String> details = new java.util.LinkedHashMap<>(Map.of("job", jobId.toString(),
                "precinct", Long.toString(precinct), "format", f));
        if (!sha.equals(file.sha256())) {
            details.putAll(Map.of("recorded", file.sha256(), "found", sha));
            audit.record(TurnoutAuditEvent.TURNOUT_LIST_DOWNLOADED, job.electionId(), AuditOutcome.FAILURE, details);
            throw new ProblemException(TurnoutError.TURNOUT_LIST_ALTERED, Long.toString(precinct), f, jobId);
        }
        details.put("sha256", sha);
        audit.record(TurnoutAuditEvent.TURNOUT_LIST_DOWNLOADED, job.electionId(), AuditOutcome.SUCCESS, details);
        return new Document(bytes, sha, file.lines(), file.earlyVoters());
    }

    /** {@code CSV} or {@code PDF}, whatever the case; anything else is refused. */
    public static String format(String format) {
        String f = format == null ? "" : format.toUpperCase(java.util.Locale.ROOT);
        if (!f.equals("CSV") && !f.equals("PDF")) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_ENTRY, "format", format);
        }
        return f;
    }

    /** The names of the precincts of the job's election, by precinct id. */
    public Map<Long, String> precinctNames(ListJob job) {
        Map<Long, String> names = new java.util.HashMap<>();
        lists.precincts(kr.tupyo.election.ElectionId.of(job.electionId())).forEach(p -> names.put(p.id(), p.name()));
        return names;
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
