package kr.tupyo.election.internal;

import java.util.Optional;
import kr.tupyo.election.ElectionCalendar;

/**
 * The order of the calendar that must hold after any edit (the same rule is a CHECK constraint on
 * {@code elections}): the list is compiled, then inspected, then finalised, before early voting,
 * before election day.
 */
final class CalendarOrder {

    private CalendarOrder() {
    }

    /** The first broken rule, in words, or empty when the calendar is in order. */
    static Optional<String> violation(ElectionCalendar c) {
        if (c.compilation().first().isBefore(c.referenceDate())) {
            return Optional.of("compilation starts before the reference date");
        }
        if (!c.inspection().first().isAfter(c.compilation().last())) {
            return Optional.of("inspection starts before compilation ends");
        }
        if (!c.finalisationDate().isAfter(c.inspection().last())) {
            return Optional.of("finalisation is not after inspection");
        }
        if (!c.earlyVoting().first().isAfter(c.finalisationDate())) {
            return Optional.of("early voting starts before the list is final");
        }
        if (!c.earlyVoting().last().isBefore(c.electionDay())) {
            return Optional.of("early voting does not end before election day");
        }
        if (!c.earlyVotingOpens().isBefore(c.earlyVotingCloses())) {
            return Optional.of("early voting closes before it opens");
        }
        return Optional.empty();
    }
}
