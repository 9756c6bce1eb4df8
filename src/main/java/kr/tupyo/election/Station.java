package kr.tupyo.election;

/**
 * An early-voting station (사전투표소) of an election.
 *
 * @param generated true for the default station of its 읍면동, false for an extra one
 */
public record Station(StationCode code, ElectionId election, String emdCode, String name, String address,
                      boolean generated) {

    public String sggCode() {
        return AreaCode.sggOf(emdCode);
    }
}
