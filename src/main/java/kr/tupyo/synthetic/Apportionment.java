package kr.tupyo.synthetic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole number into parts proportional to weights, exactly (largest-remainder method). */
final class Apportionment {

    private Apportionment() {
    }

    static long[] largestRemainder(double[] weights, long total) {
        double sum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        int[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; given < total; k++, given++) {
            parts[order[k % order.length]]++;
        }
        return parts;
    }
}
