package kr.tupyo.election;

import java.time.LocalDate;
import java.util.Collection;

/** An election as other modules see it: what it is, when, and its (possibly edited) calendar. */
public record Election(ElectionId id, ElectionType type, String name, ElectionCalendar calendar) {

    public LocalDate electionDay() {
        return calendar.electionDay();
    }

    /**
     * The eligibility rules that apply in this election, from its type, its stored calendar and (for a
     * by-election, whose rules follow the offices it fills) the kinds of its contests.
     */
    public EligibilityRules eligibilityRules(Collection<Contest> contests) {
        return EligibilityRules.forElection(type, calendar, contests.stream().map(Contest::kind).toList());
    }
}
