package kr.tupyo.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled gazette data and staff-entered holidays, merged for the conflict check. */
class PublicHolidaysCalendarTest {

    private static final LocalDate CHUSEOK = LocalDate.of(2027, 9, 15);

    private static PublicHolidays.Calendar calendar(LocalDate... staffDays) {
        Map<LocalDate, PublicHolidays.StaffHoliday> staff = new java.util.HashMap<>();
        for (LocalDate d : staffDays) {
            staff.put(d, new PublicHolidays.StaffHoliday(d, "임시공휴일", "Temporary holiday", "officer"));
        }
        return new PublicHolidays.Calendar(Map.of(CHUSEOK, List.of("추석")), staff, 2018, 2027);
    }

    @Test
    void namesComeFromBothSources() {
        LocalDate substitute = LocalDate.of(2027, 9, 17);
        var calendar = calendar(substitute);
        assertThat(calendar.on(CHUSEOK)).containsExactly("추석");
        assertThat(calendar.on(substitute)).containsExactly("임시공휴일");
        assertThat(calendar.on(LocalDate.of(2027, 9, 16))).isEmpty();
    }

    @Test
    void aYearIsCoveredByTheBundledSpanOrByOneStaffHoliday() {
        var calendar = calendar(LocalDate.of(2029, 3, 1), LocalDate.of(2030, 1, 1), LocalDate.of(2032, 5, 5));
        assertThat(calendar.covers(LocalDate.of(2018, 1, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2028, 6, 1))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2029, 12, 1))).isTrue();
        assertThat(calendar.coverage()).containsExactly(
                new PublicHolidays.YearRange(2018, 2027, true),
                new PublicHolidays.YearRange(2029, 2030, false),
                new PublicHolidays.YearRange(2032, 2032, false));
    }

    @Test
    void staffHolidaysInsideTheBundledSpanAddNoRange() {
        assertThat(calendar(LocalDate.of(2025, 10, 10)).coverage())
                .containsExactly(new PublicHolidays.YearRange(2018, 2027, true));
    }
}
