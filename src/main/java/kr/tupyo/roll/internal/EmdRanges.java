package kr.tupyo.roll.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the 읍면동 codes into contiguous ranges of about equal electorate, for compiling them side by
 * side. A range is [bound i, bound i + 1): the first starts below every code and the last ends above
 * every code, so residents of a 읍면동 with no precinct are compiled too.
 */
final class EmdRanges {

    static final String BELOW_ALL = "";
    static final String ABOVE_ALL = "99999999999"; // 11 digits: after every 10-digit code in any collation

    private EmdRanges() {
    }

    /**
     * @param electorateByEmd 읍면동 code → its reference electorate, in the database's order of the codes
     * @return the bounds, {@code parts + 1} of them at most (fewer when there are fewer 읍면동)
     */
    static List<String> split(Map<String, Long> electorateByEmd, int parts) {
        List<Long> shares = new ArrayList<>();
        for (long i = 1; i < parts; i++) {
            shares.add(i);
        }
        return at(electorateByEmd, shares, parts);
    }

    /**
     * Ranges for {@code connections} statements that each take the next range as soon as theirs ends: the first
     * {@code connections} ranges hold half of the electorate, the next as many a quarter, and so on down to about
     * 1/64 in all, then the rest, so that near the end every connection works on a small range and none waits long
     * for the last (ranges of equal electorate differ in cost: a connection left alone for a tenth of the select,
     * docs/benchmarks.md session 8).
     */
    static List<String> shrinking(Map<String, Long> electorateByEmd, int connections) {
        long whole = 128L * connections; // every share below is a whole number of 1/whole
        List<Long> shares = new ArrayList<>();
        long start = 0;
        for (long batch = whole / 2; batch >= whole / 64; batch /= 2) {
            for (int i = 1; i <= connections; i++) {
                shares.add(start + batch * i / connections);
            }
            start += batch;
        }
        for (int i = 1; i < connections; i++) {
            shares.add(start + (whole - start) * i / connections);
        }
        return at(electorateByEmd, shares, whole);
    }

    /**
     * Bounds at the first 읍면동 that begins at or past each cumulative share of the electorate, the shares given in
     * ascending whole numbers of {@code 1 / whole} (integers: the same bounds on every machine).
     */
    private static List<String> at(Map<String, Long> electorateByEmd, List<Long> shares, long whole) {
        long total = electorateByEmd.values().stream().mapToLong(Long::longValue).sum();
        List<String> bounds = new ArrayList<>(List.of(BELOW_ALL));
        long cumulative = 0;
        int next = 0;
        for (var emd : electorateByEmd.entrySet()) {
            if (next < shares.size() && cumulative > 0 && cumulative * whole >= total * shares.get(next)) {
                bounds.add(emd.getKey());
                while (next < shares.size() && cumulative * whole >= total * shares.get(next)) {
                    next++; // a large 읍면동 can pass several shares: one bound, never an empty range
                }
            }
            cumulative += emd.getValue();
        }
        bounds.add(ABOVE_ALL);
        return bounds;
    }
}
