package kr.tupyo.election.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import kr.tupyo.election.DatePeriod;
import kr.tupyo.election.ElectionCalendar;

/**
 * The calendar dates an administrator may move. Election day is not among them: a different day is
 * a different election. Each field knows its column, how to read its value and how to set it.
 */
public enum CalendarField {
    REFERENCE_DATE("reference_date"),
    COMPILATION_FIRST("compilation_first"),
    COMPILATION_LAST("compilation_last"),
    INSPECTION_FIRST("inspection_first"),
    INSPECTION_LAST("inspection_last"),
    FINALISATION_DATE("finalisation_date"),
    EARLY_VOTING_FIRST("early_voting_first"),
    EARLY_VOTING_LAST("early_voting_last"),
    EARLY_VOTING_OPENS("early_voting_opens"),
    EARLY_VOTING_CLOSES("early_voting_closes");

    private final String column;

    CalendarField(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public boolean isTime() {
        return this == EARLY_VOTING_OPENS || this == EARLY_VOTING_CLOSES;
    }

    /** The value as text: ISO date {@code 2025-05-06} or time {@code 06:00}. */
    public String valueIn(ElectionCalendar c) {
        return switch (this) {
            case REFERENCE_DATE -> c.referenceDate().toString();
            case COMPILATION_FIRST -> c.compilation().first().toString();
            case COMPILATION_LAST -> c.compilation().last().toString();
            case INSPECTION_FIRST -> c.inspection().first().toString();
            case INSPECTION_LAST -> c.inspection().last().toString();
            case FINALISATION_DATE -> c.finalisationDate().toString();
            case EARLY_VOTING_FIRST -> c.earlyVoting().first().toString();
            case EARLY_VOTING_LAST -> c.earlyVoting().last().toString();
            case EARLY_VOTING_OPENS -> c.earlyVotingOpens().toString();
            case EARLY_VOTING_CLOSES -> c.earlyVotingCloses().toString();
        };
    }

    /** Empty when the text is not a date (or time) of the right form. */
    public Optional<Object> parse(String text) {
        try {
            return Optional.of(isTime() ? LocalTime.parse(text.strip()) : LocalDate.parse(text.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The calendar with this field set. Throws IllegalArgumentException when a period would end before
     * it starts; {@link CalendarOrder} checks the rest.
     */
    ElectionCalendar apply(ElectionCalendar c, Object value) {
        return switch (this) {
            case REFERENCE_DATE -> new ElectionCalendar(c.electionDay(), (LocalDate) value, c.compilation(), c.inspection(),
                    c.finalisationDate(), c.earlyVoting(), c.earlyVotingOpens(), c.earlyVotingCloses());
            case COMPILATION_FIRST -> withCompilation(c, new DatePeriod((LocalDate) value, c.compilation().last()));
            case COMPILATION_LAST -> withCompilation(c, new DatePeriod(c.compilation().first(), (LocalDate) value));
            case INSPECTION_FIRST -> withInspection(c, new DatePeriod((LocalDate) value, c.inspection().last()));
            case INSPECTION_LAST -> withInspection(c, new DatePeriod(c.inspection().first(), (LocalDate) value));
            case FINALISATION_DATE -> new ElectionCalendar(c.electionDay(), c.referenceDate(), c.compilation(),
                    c.inspection(), (LocalDate) value, c.earlyVoting(), c.earlyVotingOpens(), c.earlyVotingCloses());
            case EARLY_VOTING_FIRST -> withEarlyVoting(c, new DatePeriod((LocalDate) value, c.earlyVoting().last()));
            case EARLY_VOTING_LAST -> withEarlyVoting(c, new DatePeriod(c.earlyVoting().first(), (LocalDate) value));
            case EARLY_VOTING_OPENS -> new ElectionCalendar(c.electionDay(), c.referenceDate(), c.compilation(),
                    c.inspection(), c.finalisationDate(), c.earlyVoting(), (LocalTime) value, c.earlyVotingCloses());
            case EARLY_VOTING_CLOSES -> new ElectionCalendar(c.electionDay(), c.referenceDate(), c.compilation(),
                    c.inspection(), c.finalisationDate(), c.earlyVoting(), c.earlyVotingOpens(), (LocalTime) value);
        };
    }

    private static ElectionCalendar withCompilation(ElectionCalendar c, DatePeriod p) {
        return new ElectionCalendar(c.electionDay(), c.referenceDate(), p, c.inspection(), c.finalisationDate(),
                c.earlyVoting(), c.earlyVotingOpens(), c.earlyVotingCloses());
    }

    private static ElectionCalendar withInspection(ElectionCalendar c, DatePeriod p) {
        return new ElectionCalendar(c.electionDay(), c.referenceDate(), c.compilation(), p, c.finalisationDate(),
                c.earlyVoting(), c.earlyVotingOpens(), c.earlyVotingCloses());
    }

    private static ElectionCalendar withEarlyVoting(ElectionCalendar c, DatePeriod p) {
        return new ElectionCalendar(c.electionDay(), c.referenceDate(), c.compilation(), c.inspection(),
                c.finalisationDate(), p, c.earlyVotingOpens(), c.earlyVotingCloses());
    }
}
