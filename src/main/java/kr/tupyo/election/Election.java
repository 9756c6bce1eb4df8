package kr.tupyo.election;

import java.time.LocalDate;

/** An election as other modules see it: what it is, when, and its (possibly edited) calendar. */
public record Election(ElectionId id, ElectionType type, String name, ElectionCalendar calendar) {

    public LocalDate electionDay() {
        return calendar.electionDay();
    }

    /** The eligibility rules that apply in this election, from its type and stored calendar. */
    public EligibilityRules eligibilityRules() {
        return EligibilityRules.forElection(type, calendar);
    }
}
