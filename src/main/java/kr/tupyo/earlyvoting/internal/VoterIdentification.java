package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Stations;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Step 1 at the station: who is this, and may they receive ballots here and now? Each answer is kept
 * in the identifications table (the day report counts them); it is not audited one by one, because an
 * identification changes nothing and the audit chain is a single lock every entry queues for.
 */
@Service
public class VoterIdentification {

    private final StationGate gate;
    private final VotersList votersList;
    private final IdentificationWriter identifications;
    private final BatchedReads reads;
    private final ElectionContests contests;
    private final Stations stations;

    VoterIdentification(StationGate gate, VotersList votersList, IdentificationWriter identifications, BatchedReads reads,
                        ElectionContests contests, Stations stations) {
        this.gate = gate;
        this.votersList = votersList;
        this.identifications = identifications;
        this.reads = reads;
        this.contests = contests;
        this.stations = stations;
    }

    /**
     * Not one transaction: the look-up is a read, and the answer is recorded by one statement that also
     * checks the station's day is open and reads the voter's issuance, written with the other stations'
     * identifications of the moment (IdentificationWriter, decision 123).
     */
    public Identification identify(ElectionId election, IdentificationRequest request) {
        StationContext at = gate.callersStationDuringHours(election);
        Optional<VoterOnList> found = lookUp(at, request);
        UUID id = UUID.randomUUID();
        var now = gate.now();
        if (found.isEmpty()) {
            record(id, at, null, "NOT_ON_LIST", null, null, List.of(), now);
            return new Identification(id, new IdentificationResult.NotOnList(), null, null, List.of(), now);
        }
        VoterOnList voter = found.get();
        boolean inDistrict = contests.inDistrict(election, voter.emdCode(), at.station().emdCode());
        List<Contest> voterContests = contests.all(election, voter.contests());
        String listed = switch (voter.listing()) {
            case VoterOnList.Listing.Blocked blocked -> "BLOCKED";
            case VoterOnList.Listing.OnList onList -> null;
        };
        Identifications.Recorded recorded = record(id, at, voter.voterId(), listed, voter.emdCode(), inDistrict,
                voter.contests(), now);
        IdentificationResult result = switch (voter.listing()) {
            case VoterOnList.Listing.Blocked blocked -> new IdentificationResult.Blocked(blocked.reason());
            case VoterOnList.Listing.OnList onList -> recorded.priorStation() == null
                    ? new IdentificationResult.Eligible()
                    : new IdentificationResult.AlreadyIssued(recorded.priorStation(),
                            stations.find(election, recorded.priorStation()).map(s -> s.name())
                                    .orElse(recorded.priorStation().value()), recorded.priorIssuedAt());
        };
        var person = new Identification.IdentifiedVoter(voter.rrnMasked(), voter.name(), voter.birthDate(), voter.emdCode(),
                homeDistrict(voter), voter.precinct(), voter.voterNumber());
        return new Identification(id, result, person, inDistrict, voterContests, now);
    }

    private Identifications.Recorded record(UUID id, StationContext at, String voterKey, String listed, String voterEmd,
                                            Boolean inDistrict, List<ContestId> contestIds, java.time.Instant now) {
        return identifications.record(new Identifications.ToRecord(id, at, voterKey, listed, voterEmd, inDistrict, contestIds, now))
                .orElseThrow(() -> new ProblemException(EarlyVotingError.STATION_NOT_OPEN, at.station().code().value()));
    }

    private Optional<VoterOnList> lookUp(StationContext at, IdentificationRequest request) {
        ElectionId election = at.election().id();
        return switch (request) {
            case IdentificationRequest.ByRrn byRrn -> reads.findByRrn(election, byRrn.rrn());
            case IdentificationRequest.ByNameAndBirthDate byName -> {
                List<VoterOnList> matches = votersList.findByNameAndBirthDate(election, byName.name().strip(), byName.birthDate());
                if (matches.size() > 1) {
                    gate.requireOpen(at); // a closed station learns nothing about the list
                    throw new ProblemException(EarlyVotingError.IDENTIFICATION_AMBIGUOUS, Map.of("matches", matches.size()),
                            matches.size());
                }
                yield matches.stream().findFirst();
            }
        };
    }

    private static String homeDistrict(VoterOnList voter) {
        String names = ((voter.sggName() == null ? "" : voter.sggName()) + " "
                + (voter.emdName() == null ? "" : voter.emdName())).strip();
        return names.isEmpty() ? voter.emdCode() : names;
    }
}
