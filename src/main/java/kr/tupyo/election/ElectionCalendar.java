package kr.tupyo.election;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import kr.tupyo.platform.KoreaTime;

/**
 * The dates of one election that the voters list and early voting run by. {@link #statutory} computes
 * them from the law; an administrator may move a date afterwards (with a recorded reason), so readers
 * must use the stored calendar and never recompute it.
 *
 * @param electionDay        선거일
 * @param referenceDate      선거인명부 작성 기준일: residents are listed as registered on this day
 * @param compilation        선거인명부 작성 기간
 * @param inspection         열람 기간 (objections are lodged during it)
 * @param finalisationDate   선거인명부 확정일
 * @param earlyVoting        사전투표 기간
 * @param earlyVotingOpens   first minute of early voting on each of its days, Korea time
 * @param earlyVotingCloses  early voting ends at this time, Korea time (exclusive)
 */
public record ElectionCalendar(LocalDate electionDay, LocalDate referenceDate, DatePeriod compilation,
                               DatePeriod inspection, LocalDate finalisationDate, DatePeriod earlyVoting,
                               LocalTime earlyVotingOpens, LocalTime earlyVotingCloses) {

    public static final int COMPILATION_DAYS = 5;
    public static final int INSPECTION_DAYS = 3;
    public static final int FINALISATION_DAYS_BEFORE = 12;
    public static final int EARLY_VOTING_DAYS_BEFORE = 5;
    public static final int EARLY_VOTING_DAYS = 2;
    public static final LocalTime EARLY_VOTING_OPENS = LocalTime.of(6, 0);
    public static final LocalTime EARLY_VOTING_CLOSES = LocalTime.of(18, 0);

    public ElectionCalendar {
        Objects.requireNonNull(electionDay, "electionDay");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(compilation, "compilation");
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(finalisationDate, "finalisationDate");
        Objects.requireNonNull(earlyVoting, "earlyVoting");
        Objects.requireNonNull(earlyVotingOpens, "earlyVotingOpens");
        Objects.requireNonNull(earlyVotingCloses, "earlyVotingCloses");
    }

    /** The calendar the Public Official Election Act sets for an election of this type on this day. */
    public static ElectionCalendar statutory(ElectionType type, LocalDate electionDay) {
        LocalDate reference = electionDay.minusDays(type.referenceDaysBeforeElectionDay());
        DatePeriod compilation = DatePeriod.starting(reference, COMPILATION_DAYS);
        DatePeriod inspection = DatePeriod.starting(compilation.last().plusDays(1), INSPECTION_DAYS);
        return new ElectionCalendar(electionDay, reference, compilation, inspection,
                electionDay.minusDays(FINALISATION_DAYS_BEFORE),
                DatePeriod.starting(electionDay.minusDays(EARLY_VOTING_DAYS_BEFORE), EARLY_VOTING_DAYS),
                EARLY_VOTING_OPENS, EARLY_VOTING_CLOSES);
    }

    /** True from the opening minute to just before the closing minute of an early-voting day, Korea time. */
    public boolean isEarlyVotingOpenAt(Instant instant) {
        ZonedDateTime korea = instant.atZone(KoreaTime.ZONE);
        LocalTime time = korea.toLocalTime();
        return earlyVoting.contains(korea.toLocalDate()) && !time.isBefore(earlyVotingOpens)
                && time.isBefore(earlyVotingCloses);
    }

    /** Objections to the voters list are accepted on inspection days (Korea time). */
    public boolean isInspectionDay(LocalDate day) {
        return inspection.contains(day);
    }
}
