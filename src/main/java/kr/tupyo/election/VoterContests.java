package kr.tupyo.election;

import java.util.List;

/**
 * What a voter living in one 읍면동 votes in: contests in ballot order, and the smallest contested
 * district, which decides in-district or out-of-district at an early-voting station.
 */
public record VoterContests(ElectionId election, String emdCode, List<Contest> contests,
                            InDistrictArea smallestContestedDistrict) {

    public VoterContests {
        contests = List.copyOf(contests);
    }

    /** True when a station in {@code stationEmdCode} serves this voter in-district (관내). */
    public boolean isInDistrict(String stationEmdCode) {
        return smallestContestedDistrict.contains(stationEmdCode);
    }
}
