package kr.tupyo.identity;

/**
 * What a staff member may do. Endpoints name the roles they allow with
 * {@code @RolesAllowed({"ROLL_OFFICER", ...})}; the access matrix test reads those annotations.
 */
public enum Role {
    /** Runs the installation: accounts, tokens, elections, imports. */
    ADMIN,
    /** Compiles, inspects, corrects and finalises voters lists. */
    ROLL_OFFICER,
    /** Identifies voters and issues ballots at one early-voting station. */
    STATION_OPERATOR,
    /** Opens and closes one station and approves spoil-and-reissue there. */
    STATION_SUPERVISOR,
    /** Runs the international visits desk. */
    VISITS_OFFICER,
    /** Reads everything, changes nothing (auditors, observers). */
    OBSERVER,
    /** Enters one precinct's election-day turnout (투표관리관 / 투표사무원 of one 투표구). */
    PRECINCT_OFFICIAL;

    /** Station staff are bound to exactly one station. */
    public boolean isStationBound() {
        return this == STATION_OPERATOR || this == STATION_SUPERVISOR;
    }

    /** Precinct officials are bound to exactly one precinct (투표구) of one election. */
    public boolean isPrecinctBound() {
        return this == PRECINCT_OFFICIAL;
    }
}
