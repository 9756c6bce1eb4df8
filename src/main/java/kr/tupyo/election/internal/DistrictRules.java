package kr.tupyo.election.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.InDistrictArea;

/**
 * What a district may look like for each kind of contest, and which district is the smallest one a
 * voter's contests are fought in.
 */
final class DistrictRules {

    private DistrictRules() {
    }

    /** Why these areas cannot be the district of a contest of this kind, or empty when they can. */
    static Optional<String> problem(ContestKind kind, List<AreaCode> areas) {
        if (kind.nationwide()) {
            return areas.isEmpty() ? Optional.empty() : Optional.of("a nationwide contest has no areas");
        }
        if (areas.isEmpty()) {
            return Optional.of("a district needs at least one area code");
        }
        int[] allowed = switch (kind) {
            // 시도-wide offices and lists
            case METROPOLITAN_HEAD, SUPERINTENDENT, METROPOLITAN_COUNCIL_PROPORTIONAL -> new int[] {2};
            // 구시군 offices and lists; a city with 일반구 spans several 5-digit codes
            case LOCAL_HEAD, LOCAL_COUNCIL_PROPORTIONAL -> new int[] {5};
            // constituencies are drawn from whole 시군구 and single 읍면동
            default -> new int[] {5, 10};
        };
        for (AreaCode area : areas) {
            int length = area.value().length();
            if (java.util.Arrays.stream(allowed).noneMatch(l -> l == length)) {
                return Optional.of("area " + area + " is not a " + java.util.Arrays.toString(allowed)
                        + "-digit code for " + kind);
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                if (areas.get(i).overlaps(areas.get(j))) {
                    return Optional.of("areas " + areas.get(i) + " and " + areas.get(j) + " overlap");
                }
            }
        }
        return Optional.empty();
    }

    static boolean overlap(List<AreaCode> a, List<AreaCode> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }

    /**
     * In-district means within the voter's 시군구, or within a smaller contested district when one of
     * the voter's contests is drawn inside the 시군구 (e.g. a 구시군의원 지역구 of a few 읍면동). A district
     * larger than the 시군구 never widens it. Among districts inside the 시군구 the one with the fewest
     * areas is the smallest (they are all 읍면동 then).
     */
    static InDistrictArea smallest(String emdCode, List<Contest> voterContests) {
        String sgg = AreaCode.sggOf(emdCode);
        return voterContests.stream()
                .filter(c -> !c.kind().nationwide())
                .filter(c -> c.areas().stream().allMatch(a -> a.value().length() == 10 && a.value().startsWith(sgg)))
                .min(Comparator.<Contest>comparingInt(c -> c.areas().size())
                        .thenComparing(c -> -c.kind().ordinal()))
                .map(c -> new InDistrictArea(c.name(), c.areas()))
                .orElseGet(() -> new InDistrictArea(sgg, List.of(new AreaCode(sgg))));
    }
}
