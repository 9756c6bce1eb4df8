package kr.tupyo.simulation;

import java.util.Arrays;

/** Request latencies of one kind, kept in full (bounded by the number of requests) for exact percentiles. */
final class Latencies {

    private final String name;
    private long[] micros = new long[1024];
    private int count;

    Latencies(String name) {
        this.name = name;
    }

    synchronized void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1000;
    }

    synchronized String summary() {
        if (count == 0) {
            return String.format("%-22s n=0", name);
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return String.format("%-22s n=%-8d p50=%6.1f ms  p90=%6.1f ms  p99=%6.1f ms  max=%7.1f ms", name, count,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[count - 1] / 1000.0);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }
}
