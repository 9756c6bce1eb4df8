package kr.tupyo.election;

import java.util.List;

/** The ballot paper of a contest: its title and lines in ballot order. */
public record Ballot(ContestId contest, ContestKind kind, String title, List<BallotEntry> entries) {

    public Ballot {
        entries = List.copyOf(entries);
    }

    public boolean partyList() {
        return kind.partyList();
    }
}
