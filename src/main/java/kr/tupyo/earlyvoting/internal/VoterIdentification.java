package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Stations;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 1 at the station: who is this, and may they receive ballots here and now? Each answer is kept
 * in the identifications table (the day report counts them); it is not audited one by one, because an
 * identification changes nothing and the audit chain is a single lock every entry queues for.
 */
@Service
public class VoterIdentification {

    private final StationGate gate;
    private final VotersList votersList;
    private final Issuances issuances;
    private final Identifications identifications;
    private final ElectionContests contests;
    private final Stations stations;

    VoterIdentification(StationGate gate, VotersList votersList, Issuances issuances, Identifications identifications,
                        ElectionContests contests, Stations stations) {
        this.gate = gate;
        this.votersList = votersList;
        this.issuances = issuances;
        this.identifications = identifications;
        this.contests = contests;
        this.stations = stations;
    }

    @Transactional
    public Identification identify(ElectionId election, IdentificationRequest request) {
        StationContext at = gate.openCallersStation(election);
        Optional<VoterOnList> found = lookUp(election, request);
        UUID id = UUID.randomUUID();
        var now = gate.now();
        if (found.isEmpty()) {
            identifications.insert(id, at, null, "NOT_ON_LIST", null, null, List.of(), now);
            return new Identification(id, new IdentificationResult.NotOnList(), null, null, List.of(), now);
        }
        VoterOnList voter = found.get();
        boolean inDistrict = contests.inDistrict(election, voter.emdCode(), at.station().emdCode());
        List<Contest> voterContests = contests.all(election, voter.contests());
        IdentificationResult result = switch (voter.listing()) {
            case VoterOnList.Listing.Blocked blocked -> new IdentificationResult.Blocked(blocked.reason());
            case VoterOnList.Listing.OnList onList -> issuances.ofVoter(election, voter.voterId())
                    .<IdentificationResult>map(i -> new IdentificationResult.AlreadyIssued(i.station(),
                            stations.find(election, i.station()).map(s -> s.name()).orElse(i.station().value()), i.issuedAt()))
                    .orElseGet(IdentificationResult.Eligible::new);
        };
        identifications.insert(id, at, voter.voterId(), result.status(), voter.emdCode(), inDistrict, voter.contests(), now);
        var person = new Identification.IdentifiedVoter(voter.rrnMasked(), voter.name(), voter.birthDate(), voter.emdCode(),
                homeDistrict(voter), voter.precinct(), voter.voterNumber());
        return new Identification(id, result, person, inDistrict, voterContests, now);
    }

    private Optional<VoterOnList> lookUp(ElectionId election, IdentificationRequest request) {
        return switch (request) {
            case IdentificationRequest.ByRrn byRrn -> votersList.findByRrn(election, byRrn.rrn());
            case IdentificationRequest.ByNameAndBirthDate byName -> {
                List<VoterOnList> matches = votersList.findByNameAndBirthDate(election, byName.name().strip(), byName.birthDate());
                if (matches.size() > 1) {
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
