package kr.tupyo.experience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.junit.jupiter.api.Test;

class DemoNumberTest {

    @Test
    void demoNumbersAreWellFormedRegistrationNumbersWithTheReservedDigits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            DemoNumber number = DemoNumber.random(random);
            ResidentRegistrationNumber rrn = ResidentRegistrationNumber.parse(number.digits());
            assertThat(rrn.checkDigitValid()).isTrue();
            assertThat(rrn.foreignerNumber()).isFalse();
            assertThat(rrn.birthDate()).isEqualTo(number.birthDate()).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31));
            assertThat(number.digits().substring(7, 10)).isEqualTo("999");
            assertThat(DemoNumber.parse(number.formatted())).contains(number);
            assertThat(DemoNumber.parse(number.digits())).contains(number);
        }
    }

    @Test
    void masksLikeTheRealSystemButKeepsTheDemoMarkVisible() {
        DemoNumber number = DemoNumber.of(LocalDate.of(1985, 3, 15), true, 3);
        assertThat(number.formatted()).startsWith("850315-199903");
        assertThat(number.masked()).isEqualTo("850315-1999***");
        assertThat(number.toString()).doesNotContain(number.digits().substring(10));
    }

    @Test
    void refusesWhatIsNotADemoNumber() {
        DemoNumber number = DemoNumber.of(LocalDate.of(1985, 3, 15), false, 42);
        String digits = number.digits();
        String wrongCheck = digits.substring(0, 12) + (char) ('0' + (digits.charAt(12) - '0' + 1) % 10);
        assertThat(DemoNumber.parse(wrongCheck)).isEmpty();
        assertThat(DemoNumber.parse("900101-1234568")).as("a real-looking number").isEmpty();
        assertThat(DemoNumber.parse("850315-5999" + digits.substring(10))).as("foreigners' numbers").isEmpty();
        assertThat(DemoNumber.parse("851315-1999001")).as("no 13th month").isEmpty();
        assertThat(DemoNumber.parse(null)).isEmpty();
        assertThat(DemoNumber.parse("DEMO")).isEmpty();
        assertThatThrownBy(() -> DemoNumber.of(LocalDate.of(2001, 1, 1), true, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
