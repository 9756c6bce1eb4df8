package kr.tupyo.election.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.BallotEntry;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ContestsFixed;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionAuditEvent;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding contests with their districts, and candidates or parties to their ballots; all audited. Once the
 * election's voters list is finalised (or being finalised) its contests are fixed: adding or removing one is
 * refused ({@link ContestsFixed}, decision 044, second session-6 addendum); names, ballot titles and ballot lines may still change.
 */
@Service
public class ContestAdministration {

    private final JdbcElections elections;
    private final JdbcContests contests;
    private final KnownDivisions divisions;
    private final AuditLog audit;
    private final List<ContestsFixed> fixed;

    ContestAdministration(JdbcElections elections, JdbcContests contests, KnownDivisions divisions, AuditLog audit,
                          List<ContestsFixed> fixed) {
        this.elections = elections;
        this.contests = contests;
        this.divisions = divisions;
        this.audit = audit;
        this.fixed = List.copyOf(fixed);
    }

    /** Refuses a contest added to or removed from an election whose voters list fixes them. */
    private void requireNotFixed(ElectionId election) {
        if (fixed.stream().anyMatch(f -> f.fixed(election))) {
            throw new ProblemException(ElectionError.CONTESTS_FIXED, Map.of("election", election.toString()));
        }
    }

    /**
     * A voter has at most one contest of each kind, so a district may not overlap another district of
     * the same kind in the election (checked with the election row locked, so concurrent adds queue).
     */
    @Transactional
    public Contest create(ElectionId electionId, ContestKind kind, String name, String ballotTitle, List<String> areaCodes) {
        Election election = elections.findForUpdate(electionId)
                .orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, electionId));
        requireNotFixed(electionId);
        if (kind == null || !kind.isHeldIn(election.type())) {
            throw new ProblemException(ElectionError.CONTEST_NOT_IN_ELECTION_TYPE, String.valueOf(kind), election.type());
        }
        if (name == null || name.isBlank()) {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, "a contest needs a name");
        }
        List<String> codes = areaCodes == null ? List.of() : areaCodes.stream().map(String::strip).distinct().toList();
        var invalid = codes.stream().filter(c -> !AreaCode.isValid(c)).findFirst();
        if (invalid.isPresent()) {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, "not a 2-, 5- or 10-digit area code: " + invalid.get());
        }
        List<AreaCode> areas = codes.stream().map(AreaCode::new).toList();
        DistrictRules.problem(kind, areas).ifPresent(p -> {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, p);
        });
        List<AreaCode> unknown = divisions.unknown(areas, election.electionDay());
        if (!unknown.isEmpty()) {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, Map.of("unknownAreas", unknown),
                    "not in the division table in force on election day: " + unknown);
        }
        for (Contest other : contests.of(electionId)) {
            if (other.kind() == kind && (kind.nationwide() || DistrictRules.overlap(areas, other.areas()))) {
                throw new ProblemException(ElectionError.DISTRICT_OVERLAP, Map.of("contest", other.id().toString()),
                        other.name());
            }
        }
        String title = ballotTitle == null || ballotTitle.isBlank() ? name.strip() : ballotTitle.strip();
        Contest contest = new Contest(new ContestId(UUID.randomUUID()), electionId, kind, name.strip(), title, areas);
        if (!contests.insert(contest)) {
            throw new ProblemException(ElectionError.CONTEST_NAME_TAKEN, name.strip());
        }
        audit.record(ElectionAuditEvent.CONTEST_CREATED, "contest:" + contest.id(), AuditOutcome.SUCCESS,
                Map.of("election", electionId.toString(), "kind", kind.name(), "areas", String.join(" ", codes)));
        return contest;
    }

    /** Changes the name and ballot title; a different district is a different contest (delete and add). */
    @Transactional
    public Contest rename(ContestId id, String name, String ballotTitle) {
        Contest contest = existing(id);
        elections.findForUpdate(contest.election());
        if (name == null || name.isBlank()) {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, "a contest needs a name");
        }
        String title = ballotTitle == null || ballotTitle.isBlank() ? contest.ballotTitle() : ballotTitle.strip();
        if (!contests.rename(id, name.strip(), title)) {
            throw new ProblemException(ElectionError.CONTEST_NAME_TAKEN, name.strip());
        }
        audit.record(ElectionAuditEvent.CONTEST_RENAMED, "contest:" + id, AuditOutcome.SUCCESS,
                Map.of("from", contest.name(), "to", name.strip()));
        return existing(id);
    }

    @Transactional
    public void delete(ContestId id) {
        Contest contest = existing(id);
        elections.findForUpdate(contest.election());
        requireNotFixed(contest.election());
        contests.delete(id);
        audit.record(ElectionAuditEvent.CONTEST_DELETED, "contest:" + id, AuditOutcome.SUCCESS,
                Map.of("election", contest.election().toString(), "name", contest.name()));
    }

    /**
     * Adds a line to the ballot: a party on a party-list ballot, else a candidate (party optional,
     * for independents and superintendents). Without a number, the next free one.
     */
    @Transactional
    public BallotEntry addEntry(ContestId id, Integer number, String party, String candidateName) {
        Contest contest = existing(id);
        String p = blankToNull(party);
        String n = blankToNull(candidateName);
        if (contest.kind().partyList() && (p == null || n != null)) {
            throw new ProblemException(ElectionError.INVALID_BALLOT_ENTRY, "a party-list ballot lists parties only");
        }
        if (!contest.kind().partyList() && n == null) {
            throw new ProblemException(ElectionError.INVALID_BALLOT_ENTRY, "a candidate ballot needs the candidate's name");
        }
        int ballotNumber = number == null ? contests.nextNumber(id) : number;
        if (ballotNumber < 1 || ballotNumber > 999) {
            throw new ProblemException(ElectionError.INVALID_BALLOT_ENTRY, "ballot numbers run from 1 to 999");
        }
        BallotEntry entry = new BallotEntry(ballotNumber, p, n);
        if (!contests.insertEntry(id, entry)) {
            throw new ProblemException(ElectionError.BALLOT_NUMBER_TAKEN, ballotNumber);
        }
        audit.record(ElectionAuditEvent.BALLOT_ENTRY_ADDED, "contest:" + id, AuditOutcome.SUCCESS,
                Map.of("number", String.valueOf(ballotNumber)));
        return entry;
    }

    @Transactional
    public void removeEntry(ContestId id, int number) {
        existing(id);
        if (!contests.deleteEntry(id, number)) {
            throw new ProblemException(ElectionError.BALLOT_ENTRY_NOT_FOUND, number);
        }
        audit.record(ElectionAuditEvent.BALLOT_ENTRY_REMOVED, "contest:" + id, AuditOutcome.SUCCESS,
                Map.of("number", String.valueOf(number)));
    }

    private Contest existing(ContestId id) {
        return contests.find(id).orElseThrow(() -> new ProblemException(ElectionError.CONTEST_NOT_FOUND, id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
