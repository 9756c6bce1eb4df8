package kr.tupyo.registry;

import java.time.LocalDate;
import java.util.Random;

/** Valid registration numbers (with a correct check digit) from a seeded random source, for tests. */
public final class RrnGenerator {

    private final Random random;

    public RrnGenerator(long seed) {
        this.random = new Random(seed);
    }

    public ResidentRegistrationNumber next() {
        LocalDate birth = LocalDate.of(1870, 1, 1).plusDays(random.nextInt(56_000));
        return of(birth, random.nextBoolean() ? Sex.M : Sex.F, birth.getYear() >= 1900 && random.nextInt(10) == 0);
    }

    public ResidentRegistrationNumber of(LocalDate birth, Sex sex, boolean foreigner) {
        return new ResidentRegistrationNumber(digits(birth, sex, foreigner, random.nextInt(100_000)));
    }

    public static String digits(LocalDate birth, Sex sex, boolean foreigner, int serial) {
        int base = birth.getYear() < 1900 ? 9 : birth.getYear() < 2000 ? 1 : 3;
        int s = base + (sex == Sex.F ? 1 : 0) + (foreigner ? 4 : 0);
        String twelve = "%02d%02d%02d%d%05d".formatted(birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), s % 10, serial);
        return twelve + ResidentRegistrationNumber.checkDigit(twelve, foreigner);
    }
}
