package kr.tupyo.election.web;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.election.ElectionCalendar;

/**
 * One step of the calendar timeline on the election page.
 *
 * @param key   message key suffix ({@code election.milestone.<key>})
 * @param last  null for a single day
 * @param hours e.g. {@code 06:00–18:00}, or null
 */
public record Milestone(String key, LocalDate first, LocalDate last, String hours) {

    static List<Milestone> of(ElectionCalendar c) {
        return List.of(
                new Milestone("reference", c.referenceDate(), null, null),
                new Milestone("compilation", c.compilation().first(), c.compilation().last(), null),
                new Milestone("inspection", c.inspection().first(), c.inspection().last(), null),
                new Milestone("finalisation", c.finalisationDate(), null, null),
                new Milestone("earlyVoting", c.earlyVoting().first(), c.earlyVoting().last(),
                        c.earlyVotingOpens() + "–" + c.earlyVotingCloses()),
                new Milestone("electionDay", c.electionDay(), null, null));
    }

    /** Where the milestone stands relative to today: past, current or future. */
    public String state(LocalDate today) {
        LocalDate end = last == null ? first : last;
        if (end.isBefore(today)) {
            return "past";
        }
        return first.isAfter(today) ? "future" : "current";
    }
}
