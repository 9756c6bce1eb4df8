package kr.tupyo.experience.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;
import kr.tupyo.registry.InvalidResidentRegistrationNumberException;
import kr.tupyo.registry.ResidentRegistrationNumber;

/**
 * A demo card number: the shape of a resident registration number {@code YYMMDD-S999NNC} — a real
 * birth date, the century/sex digit, then the reserved digits {@code 999} that mark it as a demo,
 * two digits and a valid check digit. No real number has {@code 999} there for anyone born before
 * October 2020 (the 8th and 9th digits were a registration-office code below 96; demo voters are all
 * born 1950–2000), so a demo number can never be someone's real number (docs/decisions/160).
 */
public final class DemoNumber {

    static final String MARKER = "999";

    private final String digits;
    private final LocalDate birthDate;

    private DemoNumber(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /** The number when it is a well-formed demo number (with or without hyphen, spaces ignored). */
    public static Optional<DemoNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").strip();
        try {
            ResidentRegistrationNumber rrn = ResidentRegistrationNumber.parse(compact);
            String d = rrn.digits();
            boolean demo = d.startsWith(MARKER, 7) && !rrn.foreignerNumber() && rrn.checkDigitValid()
                    && rrn.birthDate().isBefore(LocalDate.of(2020, 10, 1));
            return demo ? Optional.of(new DemoNumber(d, rrn.birthDate())) : Optional.empty();
        } catch (InvalidResidentRegistrationNumberException e) {
            return Optional.empty();
        }
    }

    /** A demo number for a demo voter born on that day; {@code suffix} 0–99 tells voters of one day apart. */
    static DemoNumber of(LocalDate birthDate, boolean male, int suffix) {
        if (birthDate.getYear() < 1900 || birthDate.getYear() > 1999 || suffix < 0 || suffix > 99) {
            throw new IllegalArgumentException("demo voters are born in the 1900s, suffix 0–99");
        }
        String first12 = String.format("%02d%02d%02d%d%s%02d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), male ? 1 : 2, MARKER, suffix);
        return new DemoNumber(first12 + ResidentRegistrationNumber.checkDigit(first12, false), birthDate);
    }

    static DemoNumber random(RandomGenerator random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        return of(birth, random.nextBoolean(), random.nextInt(100));
    }

    /** The 13 digits: only to encrypt, hash or print on the demo card. */
    public String digits() {
        return digits;
    }

    /** {@code 850315-1999034}, as printed on the demo card. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** {@code 850315-1999***}: birth date, century/sex digit and the demo marker. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.substring(6, 10) + "***";
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoNumber n && n.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "DemoNumber[" + masked() + "]";
    }
}
