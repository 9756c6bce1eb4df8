package kr.tupyo.roll.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Age bands of the statistics, by age on election day counted as the eligibility rules count it (the
 * day of birth included, so the 18 boundary is the same as eligibility's). As a SQL CASE expression
 * over {@code birth_date} with literal dates, so that it costs one comparison chain per row.
 */
final class AgeBands {

    static final List<String> BANDS = List.of("0-17", "18-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+");
    private static final int[] LOWER_AGES = {18, 20, 30, 40, 50, 60, 70};

    private AgeBands() {
    }

    /** The band of each birth date, as {@link #sqlCase} gives it, for counting rows outside the database. */
    static final class Banding {
        private final long[] bornAfter = new long[LOWER_AGES.length];

        Banding(LocalDate electionDay) {
            for (int i = 0; i < LOWER_AGES.length; i++) {
                bornAfter[i] = electionDay.minusYears(LOWER_AGES[i]).plusDays(1).toEpochDay();
            }
        }

        String band(long birthEpochDay) {
            for (int i = 0; i < bornAfter.length; i++) {
                if (birthEpochDay > bornAfter[i]) {
                    return BANDS.get(i);
                }
            }
            return "70+";
        }
    }

    static String sqlCase(LocalDate electionDay) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < LOWER_AGES.length; i++) {
            LocalDate bornOnOrBefore = electionDay.minusYears(LOWER_AGES[i]).plusDays(1);
            sql.append(" WHEN birth_date > DATE '").append(bornOnOrBefore).append("' THEN '").append(BANDS.get(i)).append("'");
        }
        return sql.append(" ELSE '70+' END").toString();
    }
}
