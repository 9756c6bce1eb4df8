package kr.tupyo.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every single-digit corruption of a valid number, checked as an import checks a row (against the
 * row's birth date, sex and nationality), is caught (error) or warned, with one exception that the
 * check-digit algorithm itself cannot see: (11 − s mod 11) mod 10 maps both s ≡ 0 and s ≡ 10 (mod 11)
 * to the same digit, so a change in digits 8–12 that moves the weighted sum between those two residues
 * goes unnoticed. The test proves that every silent corruption is exactly such a case.
 */
class RrnCorruptionTest {

    @Test
    void everySingleDigitCorruptionIsCaughtOrWarnedExceptTheCheckDigitCollision() {
        var generator = new RrnGenerator(42L);
        int corruptions = 0;
        int silent = 0;
        for (int n = 0; n < 3_000; n++) {
            ResidentRegistrationNumber valid = generator.next();
            boolean korean = !valid.foreignerNumber();
            for (int position = 0; position < 13; position++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.digits().charAt(position)) {
                        continue;
                    }
                    String corrupted = valid.digits().substring(0, position) + d + valid.digits().substring(position + 1);
                    corruptions++;
                    RrnCheck check = RrnCheck.of(corrupted, valid.birthDate(), valid.sex(), korean);
                    if (!check.caughtOrWarned()) {
                        silent++;
                        assertThat(position).as(corrupted).isBetween(7, 11);
                        assertThat(residue(valid.digits())).isIn(0, 10);
                        assertThat(residue(corrupted)).isIn(0, 10).isNotEqualTo(residue(valid.digits()));
                    }
                }
            }
        }
        assertThat(corruptions).isEqualTo(3_000 * 13 * 9);
        assertThat(silent).isLessThan(corruptions / 100);
    }

    @Test
    void aNumberWithoutCheckDigitIsOnlyAWarning() {
        var valid = new RrnGenerator(7L).next();
        int wrong = (valid.expectedCheckDigit() + 3) % 10;
        RrnCheck check = RrnCheck.of(valid.digits().substring(0, 12) + wrong, valid.birthDate(), valid.sex(),
                !valid.foreignerNumber());
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).containsExactly("RRN_CHECK_DIGIT");
        assertThat(check.rrn()).isNotNull();
    }

    private static int residue(String digits) {
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11;
    }
}
