package kr.tupyo.election;

import java.util.List;

/**
 * One contest of an election with its district.
 *
 * @param areas       the district as 시도/시군구/읍면동 codes; empty for a nationwide contest
 * @param ballotTitle the title printed on its ballot paper
 */
public record Contest(ContestId id, ElectionId election, ContestKind kind, String name, String ballotTitle,
                      List<AreaCode> areas) {

    public Contest {
        areas = List.copyOf(areas);
    }

    public boolean covers(String emdCode) {
        return kind.nationwide() || areas.stream().anyMatch(a -> a.contains(emdCode));
    }
}
