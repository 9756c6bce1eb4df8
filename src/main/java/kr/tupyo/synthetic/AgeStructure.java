package kr.tupyo.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Age of residents in 5-year bands, close to Statistics Korea's 2022 resident population (shares in
 * per mille, youngest band first; the last band is 85–99). Birth dates are spread evenly in a band.
 */
final class AgeStructure {

    private static final int[] PER_MILLE = {34, 42, 46, 47, 62, 69, 63, 70, 76, 82, 84, 82, 79, 59, 41, 30, 22, 12};
    private static final int[] CUMULATIVE = new int[PER_MILLE.length];
    private static final int TOTAL;

    static {
        int sum = 0;
        for (int i = 0; i < PER_MILLE.length; i++) {
            sum += PER_MILLE[i];
            CUMULATIVE[i] = sum;
        }
        TOTAL = sum;
    }

    private AgeStructure() {
    }

    /** A birth date for someone living on {@code onDate}. */
    static LocalDate birthDate(SplittableRandom random, LocalDate onDate) {
        int pick = random.nextInt(TOTAL);
        int band = 0;
        while (CUMULATIVE[band] <= pick) {
            band++;
        }
        int youngest = band * 5;
        int span = band == PER_MILLE.length - 1 ? 15 : 5;
        long daysOld = youngest * 365L + random.nextLong(span * 365L);
        return onDate.minusDays(daysOld);
    }

    /** Share of residents aged 18 or more, for turning electorates into populations. */
    static double adultShare() {
        // bands 0–14 fully minors, 15–19 has 3 of 5 years under 18
        double minors = PER_MILLE[0] + PER_MILLE[1] + PER_MILLE[2] + PER_MILLE[3] * 3.0 / 5.0;
        return 1.0 - minors / TOTAL;
    }
}
