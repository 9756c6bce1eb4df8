package kr.tupyo.election;

import kr.tupyo.audit.AuditEventType;

/** Changes to elections, their calendar, contests, ballots, precincts and stations. */
public enum ElectionAuditEvent implements AuditEventType {
    ELECTION_CREATED("An administrator created an election (type and election day in details)."),
    CALENDAR_DATE_CHANGED("An administrator moved a date of an election's calendar (field, old and new value, reason in details)."),
    CONTEST_CREATED("An administrator added a contest with its district to an election."),
    CONTEST_RENAMED("An administrator changed a contest's name or ballot title (its district stays)."),
    CONTEST_DELETED("An administrator removed a contest (and its ballot) from an election."),
    BALLOT_ENTRY_ADDED("An administrator added a candidate or party to a contest's ballot."),
    BALLOT_ENTRY_REMOVED("An administrator removed a candidate or party from a contest's ballot."),
    PRECINCTS_IMPORTED("An administrator imported an election's precinct file (digest and row count in details)."),
    PRECINCT_IMPORT_REJECTED("A precinct file was refused: invalid rows or a file already imported (error count in details)."),
    STATIONS_GENERATED("An administrator generated the default early-voting stations, one per 읍면동."),
    STATION_CREATED("An administrator added an early-voting station.");

    private final String description;

    ElectionAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
