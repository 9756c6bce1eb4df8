package kr.tupyo.election.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ElectionId;
import org.junit.jupiter.api.Test;

class DistrictRulesTest {

    static final ElectionId ELECTION = new ElectionId(UUID.randomUUID());
    static final String CHEONGUN = "1111051500"; // 종로구 청운효자동

    static Contest contest(ContestKind kind, String name, String... areas) {
        return new Contest(new ContestId(UUID.randomUUID()), ELECTION, kind, name, name,
                java.util.Arrays.stream(areas).map(AreaCode::new).toList());
    }

    @Test
    void withOnlyANationwideContestTheVotersSggIsTheDistrict() {
        var area = DistrictRules.smallest(CHEONGUN, List.of(contest(ContestKind.PRESIDENT, "대통령")));
        assertThat(area.areas()).containsExactly(new AreaCode("11110"));
        assertThat(area.contains("1111053000")).isTrue();
        assertThat(area.contains("1114051500")).isFalse();
    }

    @Test
    void theSmallestLocalCouncilDistrictInsideTheSggWins() {
        var area = DistrictRules.smallest(CHEONGUN, List.of(
                contest(ContestKind.METROPOLITAN_HEAD, "서울특별시장", "11"),
                contest(ContestKind.LOCAL_HEAD, "종로구청장", "11110"),
                contest(ContestKind.METROPOLITAN_COUNCIL_CONSTITUENCY, "종로구 제1선거구", "1111051500", "1111053000", "1111054000"),
                contest(ContestKind.LOCAL_COUNCIL_CONSTITUENCY, "종로구 가선거구", "1111051500", "1111053000")));
        assertThat(area.label()).isEqualTo("종로구 가선거구");
        assertThat(area.contains("1111053000")).isTrue();
        assertThat(area.contains("1111054000")).isFalse();
    }

    @Test
    void aDistrictLargerThanTheSggNeverWidensInDistrict() {
        var area = DistrictRules.smallest(CHEONGUN, List.of(
                contest(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY, "종로·중구", "11110", "11140")));
        assertThat(area.areas()).containsExactly(new AreaCode("11110"));
    }

    @Test
    void districtsMustUseTheGranularityOfTheirKind() {
        assertThat(DistrictRules.problem(ContestKind.METROPOLITAN_HEAD, List.of(new AreaCode("11110")))).isPresent();
        assertThat(DistrictRules.problem(ContestKind.METROPOLITAN_HEAD, List.of(new AreaCode("11")))).isEmpty();
        assertThat(DistrictRules.problem(ContestKind.PRESIDENT, List.of(new AreaCode("11")))).isPresent();
        assertThat(DistrictRules.problem(ContestKind.LOCAL_COUNCIL_CONSTITUENCY, List.of())).isPresent();
        assertThat(DistrictRules.problem(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY,
                List.of(new AreaCode("11110"), new AreaCode("1111051500")))).hasValueSatisfying(p -> p.contains("overlap"));
    }
}
