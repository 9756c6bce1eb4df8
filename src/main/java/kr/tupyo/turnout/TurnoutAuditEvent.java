package kr.tupyo.turnout;

import kr.tupyo.audit.AuditEventType;

/** What the turnout module records in the audit log (no voter is ever named in target or details). */
public enum TurnoutAuditEvent implements AuditEventType {
    TURNOUT_BOUNDARIES_IMPORTED("An administrator imported 시군구 boundaries (GeoJSON) for the turnout map; features and digest in details."),
    TURNOUT_PREVIOUS_CURVE_RECORDED("An administrator recorded a previous election's hourly turnout curve for comparison (points in details)."),
    TURNOUT_ELECTION_DAY_ENTERED("A precinct's election-day turnout at an hour was entered or corrected (precinct, hour, voters, correction)."),
    TURNOUT_ELECTION_DAY_ENTRY_REFUSED("A precinct official tried to enter or read another precinct's election-day turnout than their own (DENIED; precinct asked for and own precinct in details)."),
    TURNOUT_RECONCILIATION_EXPORTED("A reconciliation report was produced (scope, format, imbalances in details)."),
    TURNOUT_LISTS_REQUESTED("Election-day lists with early voters marked were requested for the whole country (job id in details)."),
    TURNOUT_LISTS_GENERATED("A marked election-day list job finished: precincts, lines and early voters in details."),
    TURNOUT_LIST_DOWNLOADED("One precinct's marked election-day list was downloaded, produced on demand or written by a "
            + "national job (precinct, format, digest, job); FAILURE when a job's file no longer matched its recorded digest "
            + "and was not served.");

    private final String description;

    TurnoutAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
