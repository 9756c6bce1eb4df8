package kr.tupyo.election;

import java.util.List;

/** Reads the precincts of an election. */
public interface Precincts {

    /** In file order within each 읍면동, 읍면동s by code. */
    List<Precinct> of(ElectionId election);

    List<Precinct> inEmd(ElectionId election, String emdCode);

    /** One precinct by its id (precinct ids are unique across elections), e.g. the one a precinct official reports for. */
    java.util.Optional<Precinct> find(long precinctId);
}
