package kr.tupyo.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentRegistrationNumberTest {

    @Test
    void acceptsTheNumberWithAndWithoutHyphen() {
        String digits = RrnGenerator.digits(LocalDate.of(1990, 1, 1), Sex.M, false, 23456);
        var plain = ResidentRegistrationNumber.parse(digits);
        var hyphenated = ResidentRegistrationNumber.parse(digits.substring(0, 6) + "-" + digits.substring(6));
        assertThat(plain).isEqualTo(hyphenated);
        assertThat(plain.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(plain.sex()).isEqualTo(Sex.M);
        assertThat(plain.checkDigitValid()).isTrue();
    }

    @Test
    void theSeventhDigitGivesCenturySexAndForeignerStatus() {
        record Case(char digit, int year, Sex sex, boolean foreigner) {
        }
        var cases = new Case[] {new Case('9', 1899, Sex.M, false), new Case('0', 1899, Sex.F, false),
                new Case('1', 1999, Sex.M, false), new Case('2', 1999, Sex.F, false),
                new Case('3', 2099, Sex.M, false), new Case('4', 2099, Sex.F, false),
                new Case('5', 1999, Sex.M, true), new Case('6', 1999, Sex.F, true),
                new Case('7', 2099, Sex.M, true), new Case('8', 2099, Sex.F, true)};
        for (Case c : cases) {
            var rrn = ResidentRegistrationNumber.parse("991231" + c.digit() + "234567");
            assertThat(rrn.birthDate()).as("digit %s", c.digit()).isEqualTo(LocalDate.of(c.year(), 12, 31));
            assertThat(rrn.sex()).as("digit %s", c.digit()).isEqualTo(c.sex());
            assertThat(rrn.foreignerNumber()).as("digit %s", c.digit()).isEqualTo(c.foreigner());
        }
    }

    @Test
    void rejectsImpossibleDatesAndMalformedText() {
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("900230-1234567"))
                .isInstanceOf(InvalidResidentRegistrationNumberException.class).hasMessageContaining("DATE");
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("010229-3234567")).hasMessageContaining("DATE");
        assertThat(ResidentRegistrationNumber.parse("000229-3234567").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        for (String bad : new String[] {"", "90010-11234567", "900101_1234567", "9001011234567x", "900101-123456",
                "900101--234567", "９００１０１１２３４５６７", null}) {
            assertThatThrownBy(() -> ResidentRegistrationNumber.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidResidentRegistrationNumberException.class).hasMessageContaining("FORMAT");
        }
    }

    @Test
    void aWrongCheckDigitIsReportedNotRejected() {
        String digits = RrnGenerator.digits(LocalDate.of(2021, 3, 1), Sex.F, false, 11111);
        char wrong = (char) ('0' + (digits.charAt(12) - '0' + 1) % 10);
        var rrn = ResidentRegistrationNumber.parse(digits.substring(0, 12) + wrong);
        assertThat(rrn.checkDigitValid()).isFalse();
        assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void showsOnlyTheMaskedFormAndNeverRevealsTheNumberInText() {
        String digits = RrnGenerator.digits(LocalDate.of(1990, 1, 1), Sex.M, false, 98765);
        var rrn = ResidentRegistrationNumber.parse(digits);
        assertThat(rrn.masked()).isEqualTo("900101-1******");
        assertThat(rrn.toString()).contains("900101-1******").doesNotContain(digits).doesNotContain("98765");
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("991399-1234567")).message()
                .doesNotContain("991399");
    }

    @Test
    void generatedValidNumbersRoundTrip() {
        var generator = new RrnGenerator(20260127L);
        for (int i = 0; i < 20_000; i++) {
            var rrn = generator.next();
            String hyphenated = rrn.digits().substring(0, 6) + "-" + rrn.digits().substring(6);
            var again = ResidentRegistrationNumber.parse(hyphenated);
            assertThat(again).isEqualTo(rrn);
            assertThat(again.digits()).isEqualTo(rrn.digits());
            assertThat(again.birthDate()).isEqualTo(rrn.birthDate());
            assertThat(again.sex()).isEqualTo(rrn.sex());
            assertThat(again.checkDigitValid()).isTrue();
            assertThat(again.masked()).isEqualTo(hyphenated.substring(0, 8) + "******");
        }
    }
}
