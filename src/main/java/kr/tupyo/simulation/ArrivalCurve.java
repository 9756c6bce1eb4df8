package kr.tupyo.simulation;

import java.util.Arrays;
import java.util.Random;

/**
 * When voters arrive over an early-voting day, hour by hour from 06:00 to 18:00: the shape of the
 * 2022–2025 national early-voting turnout curves (a morning peak before work, a dip at noon, an
 * evening peak). Each arrival gets an offset in the compressed day.
 */
final class ArrivalCurve {

    /** Relative arrivals in the hours 06–07, 07–08, ..., 17–18. */
    static final double[] HOURLY = {5.0, 8.5, 9.5, 10.0, 10.0, 8.0, 8.0, 8.5, 8.5, 8.5, 8.0, 7.5};

    private ArrivalCurve() {
    }

    /** Sorted arrival offsets in milliseconds within a day compressed to {@code seconds}. */
    static long[] offsets(int arrivals, int seconds, Random random) {
        double total = Arrays.stream(HOURLY).sum();
        double[] cumulative = new double[HOURLY.length];
        double sum = 0;
        for (int h = 0; h < HOURLY.length; h++) {
            sum += HOURLY[h] / total;
            cumulative[h] = sum;
        }
        double hourMillis = seconds * 1000.0 / HOURLY.length;
        long[] offsets = new long[arrivals];
        for (int i = 0; i < arrivals; i++) {
            double u = random.nextDouble();
            int hour = 0;
            while (hour < HOURLY.length - 1 && u > cumulative[hour]) {
                hour++;
            }
            offsets[i] = (long) ((hour + random.nextDouble()) * hourMillis);
        }
        Arrays.sort(offsets);
        return offsets;
    }
}
