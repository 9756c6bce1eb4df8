package kr.tupyo.election;

import java.util.List;
import java.util.Optional;

/** Reads contests and their ballots. */
public interface Contests {

    /** The election's contests in ballot order, then by name. */
    List<Contest> of(ElectionId election);

    Optional<Contest> find(ContestId contest);

    Optional<Ballot> ballot(ContestId contest);
}
