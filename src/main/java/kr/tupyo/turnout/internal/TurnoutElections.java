package kr.tupyo.turnout.internal;

import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutError;
import org.springframework.stereotype.Component;

/** The election a turnout request is about, or 404 {@code TURNOUT_ELECTION_NOT_FOUND}. */
@Component
public class TurnoutElections {

    private final Elections elections;

    TurnoutElections(Elections elections) {
        this.elections = elections;
    }

    public Election require(UUID id) {
        return elections.find(new ElectionId(id))
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_ELECTION_NOT_FOUND, id));
    }

    public java.util.List<Election> all() {
        return elections.all();
    }
}
