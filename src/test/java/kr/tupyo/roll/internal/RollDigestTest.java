package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RollDigestTest {

    @Test
    void fieldSeparatorsAndLineBreaksInsideFieldsAreEscaped() {
        assertThat(ListDigest.escape("a|b")).isEqualTo("a\\|b");
        assertThat(ListDigest.escape("a\\|b")).isEqualTo("a\\\\\\|b");
        assertThat(ListDigest.escape("line\nnext\r")).isEqualTo("line\\nnext\\r");
        assertThat(ListDigest.escape("서울 종로구 1")).isEqualTo("서울 종로구 1");
    }

    @Test
    void ageBandsStartAtEighteenOnTheSameDayAsEligibility() {
        String sql = AgeBands.sqlCase(LocalDate.of(2026, 6, 3));
        // 18 on 2026-06-03 counting the day of birth: born on or before 2008-06-04.
        assertThat(sql).startsWith("CASE WHEN birth_date > DATE '2008-06-04' THEN '0-17'");
        assertThat(sql).contains("WHEN birth_date > DATE '1956-06-04' THEN '60-69'").endsWith("ELSE '70+' END");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(Csv.field("김민준")).isEqualTo("김민준");
        assertThat(Csv.field("서울, 종로구")).isEqualTo("\"서울, 종로구\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field(null)).isEmpty();
    }
}
