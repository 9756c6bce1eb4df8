package kr.tupyo.election;

import java.util.List;

/**
 * The area within which an early voter is in-district (관내): a station in it hands out the
 * voter's own ballots directly; anywhere else the ballots go in a return envelope (관외).
 *
 * @param label a contest name, or the 시군구 code when no contest district is smaller
 */
public record InDistrictArea(String label, List<AreaCode> areas) {

    public InDistrictArea {
        areas = List.copyOf(areas);
    }

    public boolean contains(String emdCode) {
        return areas.stream().anyMatch(a -> a.contains(emdCode));
    }
}
