package kr.tupyo.election;

/** What an overseas-registered national loses while not yet 3 continuous months on the register. */
public enum OverseasRegistrationRule {
    /** Nothing: the election has no district contest (presidential). */
    NONE,
    /** The constituency vote only; the national proportional vote stays (National Assembly). */
    CONSTITUENCY_VOTE,
    /** The whole vote: every contest is tied to the district (local elections, by-elections). */
    WHOLE_VOTE
}
