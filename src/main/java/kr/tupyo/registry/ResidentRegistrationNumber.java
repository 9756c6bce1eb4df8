package kr.tupyo.registry;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident registration number (주민등록번호) {@code YYMMDD-SNNNNNC}, accepted with or without the
 * hyphen. The 7th digit S gives century and sex: 9/0 born in the 1800s, 1/2 in the 1900s, 3/4 in the
 * 2000s (Korean nationals), 5/6 and 7/8 foreigners born in the 1900s and 2000s; odd is male, even female.
 * The constructor rejects a malformed number or an impossible birth date. The check digit C is only
 * reported ({@link #checkDigitValid()}): numbers issued since October 2020 have none (docs/decisions/021).
 * <p>
 * {@link #toString()} shows the masked form only; {@link #digits()} is for encryption and keyed hashing.
 */
public final class ResidentRegistrationNumber {

    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private final String digits;
    private final LocalDate birthDate;

    public ResidentRegistrationNumber(String text) {
        if (text == null) {
            throw new InvalidResidentRegistrationNumberException("FORMAT");
        }
        String compact = text.length() == 14 && text.charAt(6) == '-' ? text.substring(0, 6) + text.substring(7) : text;
        if (!thirteenDigits(compact)) {
            throw new InvalidResidentRegistrationNumberException("FORMAT");
        }
        this.digits = compact;
        int s = digit(6);
        int century = switch (s) {
            case 9, 0 -> 1800;
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        try {
            this.birthDate = LocalDate.of(century + Integer.parseInt(compact.substring(0, 2)),
                    Integer.parseInt(compact.substring(2, 4)), Integer.parseInt(compact.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidResidentRegistrationNumberException("DATE");
        }
    }

    private static boolean thirteenDigits(String text) {
        if (text.length() != 13) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static ResidentRegistrationNumber parse(String text) {
        return new ResidentRegistrationNumber(text);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return digit(6) % 2 == 1 ? Sex.M : Sex.F;
    }

    /** A foreigner's registration number (7th digit 5–8). */
    public boolean foreignerNumber() {
        return digit(6) >= 5 && digit(6) <= 8;
    }

    /** The check digit the first twelve digits call for (foreigners' numbers use 13 instead of 11). */
    public int expectedCheckDigit() {
        return checkDigit(digits.substring(0, 12), foreignerNumber());
    }

    public boolean checkDigitValid() {
        return expectedCheckDigit() == digit(12);
    }

    /** {@code 900101-1******}: birth date and the century/sex digit, nothing that identifies a person. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    /** The number in clear, 13 digits without hyphen: only to encrypt or hash it, never to show or log. */
    public String digits() {
        return digits;
    }

    /** The check digit for twelve digits: (11 − Σ wᵢdᵢ mod 11) mod 10, with 13 for foreigners' numbers. */
    public static int checkDigit(String twelveDigits, boolean foreigner) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += WEIGHTS[i] * (twelveDigits.charAt(i) - '0');
        }
        return ((foreigner ? 13 : 11) - sum % 11) % 10;
    }

    private int digit(int index) {
        return digits.charAt(index) - '0';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentRegistrationNumber r && r.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "RRN[" + masked() + "]";
    }
}
