package kr.tupyo.election;

/**
 * An election-day polling district (투표구) of an election, with its polling place (투표소).
 *
 * @param electors the electors count as imported (the reference figure, not the compiled roll)
 */
public record Precinct(long id, ElectionId election, String sggCode, String emdCode, String name,
                       String pollingPlace, int electors) {
}
