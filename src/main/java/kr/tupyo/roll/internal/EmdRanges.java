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
        long total = electorateByEmd.values().stream().mapToLong(Long::longValue).sum();
        List<String> bounds = new ArrayList<>(List.of(BELOW_ALL));
        long cumulative = 0;
        int next = 1;
        for (var emd : electorateByEmd.entrySet()) {
            // A range starts at the first 읍면동 that begins past the next equal share.
            if (next < parts && cumulative > 0 && cumulative * parts >= total * next) {
                bounds.add(emd.getKey());
                next++;
            }
            cumulative += emd.getValue();
        }
        bounds.add(ABOVE_ALL);
        return bounds;
    }
}
