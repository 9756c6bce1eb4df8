package kr.tupyo.election;

/**
 * Why a resident is not on the voters list (or votes in fewer contests). These codes are shown on
 * the list and in exports; they never change meaning. See docs/eligibility.md.
 */
public enum ExclusionReason {
    DECEASED,
    /**
     * Lives in a 읍면동 where no contest of the election is held: a by-election's list covers only the districts
     * of its contests (a general election's contests cover every 읍면동).
     */
    OUTSIDE_ELECTION_AREA,
    /** Not a Korean national; in a by-election that also fills a National Assembly seat: no constituency vote. */
    NOT_NATIONAL,
    FOREIGN_NOT_ELIGIBLE,
    UNDER_AGE,
    DISQUALIFIED,
    /** Overseas-registered for less than 3 continuous months at the reference date: no constituency vote. */
    OVERSEAS_NOT_YET_3_MONTHS
}
