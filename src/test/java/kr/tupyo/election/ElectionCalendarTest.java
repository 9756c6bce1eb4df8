package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.tupyo.platform.KoreaTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory calendar, one rule per test, checked against the dates the NEC published. */
class ElectionCalendarTest {

    static final LocalDate JUNE_3_2025 = LocalDate.of(2025, 6, 3);

    static ElectionCalendar presidential2025() {
        return ElectionCalendar.statutory(ElectionType.PRESIDENTIAL, JUNE_3_2025);
    }

    @Test
    void presidentialReferenceDateIs28DaysBeforeElectionDay() {
        assertThat(presidential2025().referenceDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @ParameterizedTest
    @CsvSource({"NATIONAL_ASSEMBLY,2024-04-10,2024-03-19", "LOCAL,2026-06-03,2026-05-12",
            "BY_ELECTION,2025-04-02,2025-03-11"})
    void otherElectionsHaveTheirReferenceDate22DaysBefore(ElectionType type, LocalDate day, LocalDate reference) {
        assertThat(ElectionCalendar.statutory(type, day).referenceDate()).isEqualTo(reference);
    }

    @Test
    void compilationRunsFiveDaysFromTheReferenceDate() {
        assertThat(presidential2025().compilation())
                .isEqualTo(new DatePeriod(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 10)));
        assertThat(presidential2025().compilation().days()).isEqualTo(5);
    }

    @Test
    void inspectionRunsThreeDaysFromTheDayAfterCompilationEnds() {
        ElectionCalendar c = presidential2025();
        assertThat(c.inspection()).isEqualTo(new DatePeriod(LocalDate.of(2025, 5, 11), LocalDate.of(2025, 5, 13)));
        assertThat(c.isInspectionDay(LocalDate.of(2025, 5, 10))).isFalse();
        assertThat(c.isInspectionDay(LocalDate.of(2025, 5, 11))).isTrue();
        assertThat(c.isInspectionDay(LocalDate.of(2025, 5, 13))).isTrue();
        assertThat(c.isInspectionDay(LocalDate.of(2025, 5, 14))).isFalse();
    }

    @Test
    void finalisationIsTwelveDaysBeforeElectionDay() {
        assertThat(presidential2025().finalisationDate()).isEqualTo(LocalDate.of(2025, 5, 22));
        assertThat(ElectionCalendar.statutory(ElectionType.NATIONAL_ASSEMBLY, LocalDate.of(2024, 4, 10))
                .finalisationDate()).isEqualTo(LocalDate.of(2024, 3, 29));
    }

    @Test
    void earlyVotingTakesTwoDaysFromFiveDaysBeforeElectionDay() {
        assertThat(presidential2025().earlyVoting())
                .isEqualTo(new DatePeriod(LocalDate.of(2025, 5, 29), LocalDate.of(2025, 5, 30)));
        // 20th presidential election, 9 March 2022: early voting was on 4 and 5 March
        assertThat(ElectionCalendar.statutory(ElectionType.PRESIDENTIAL, LocalDate.of(2022, 3, 9)).earlyVoting())
                .isEqualTo(new DatePeriod(LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 5)));
    }

    @Test
    void calendarCrossesMonthAndYearEnds() {
        ElectionCalendar c = ElectionCalendar.statutory(ElectionType.BY_ELECTION, LocalDate.of(2027, 1, 3));
        assertThat(c.referenceDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(c.inspection()).isEqualTo(new DatePeriod(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 19)));
        assertThat(c.earlyVoting().first()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-05-28T12:00, false", // the day before
            "2025-05-29T05:59:59, false", "2025-05-29T06:00, true", "2025-05-29T17:59:59, true",
            "2025-05-29T18:00, false", "2025-05-30T06:00, true", "2025-05-30T17:59, true", "2025-05-30T18:00, false",
            "2025-05-31T10:00, false" // the day after
    })
    void earlyVotingIsOpenFromSixToSixKoreaTimeOnItsDays(LocalDateTime korea, boolean open) {
        Instant instant = korea.atZone(KoreaTime.ZONE).toInstant();
        assertThat(presidential2025().isEarlyVotingOpenAt(instant)).isEqualTo(open);
    }

    @Test
    void earlyVotingHoursAreKoreaTimeWhateverTheServersZone() {
        assertThat(presidential2025().isEarlyVotingOpenAt(Instant.parse("2025-05-28T21:00:00Z"))).isTrue();
        assertThat(presidential2025().isEarlyVotingOpenAt(Instant.parse("2025-05-28T20:59:59Z"))).isFalse();
        assertThat(presidential2025().isEarlyVotingOpenAt(Instant.parse("2025-05-30T09:00:00Z"))).isFalse();
    }
}
