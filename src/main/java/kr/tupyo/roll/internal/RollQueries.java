package kr.tupyo.roll.internal;

import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.InvalidResidentRegistrationNumberException;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.RollError;
import org.springframework.stereotype.Component;

/** Look-ups the web adapters share: an election or 404, a list or 404, a number or 422. */
@Component
public class RollQueries {

    private final Elections elections;
    private final VotersLists lists;

    RollQueries(Elections elections, VotersLists lists) {
        this.elections = elections;
        this.lists = lists;
    }

    public Election election(java.util.UUID id) {
        return elections.find(new ElectionId(id)).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, id));
    }

    public VotersList list(Election election) {
        return lists.find(election.id()).orElseThrow(() -> new ProblemException(RollError.ROLL_NOT_COMPILED));
    }

    public static ResidentRegistrationNumber rrn(String text) {
        try {
            return ResidentRegistrationNumber.parse(text == null ? null : text.strip());
        } catch (InvalidResidentRegistrationNumberException e) {
            throw new ProblemException(RollError.ROLL_INVALID_RRN);
        }
    }
}
