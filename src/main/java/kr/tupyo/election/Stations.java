package kr.tupyo.election;

import java.util.List;
import java.util.Optional;

/** Reads early-voting stations. */
public interface Stations {

    Optional<Station> find(ElectionId election, StationCode code);

    /** The election's stations ordered by code. */
    List<Station> of(ElectionId election);
}
