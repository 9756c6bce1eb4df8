package kr.tupyo.experience.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ElectionType;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    private static final Map<Scenario, ElectionType> TYPES = Map.of(Scenario.PRESIDENTIAL, ElectionType.PRESIDENTIAL,
            Scenario.NATIONAL_ASSEMBLY, ElectionType.NATIONAL_ASSEMBLY, Scenario.LOCAL, ElectionType.LOCAL);

    @Test
    void oneTwoAndSevenBallotsOfKindsTheRealElectionsHold() {
        assertThat(Scenario.PRESIDENTIAL.election().contests()).hasSize(1);
        assertThat(Scenario.NATIONAL_ASSEMBLY.election().contests()).hasSize(2);
        assertThat(Scenario.LOCAL.election().contests()).hasSize(7);
        for (Scenario scenario : Scenario.values()) {
            List<ContestKind> kinds = scenario.election().contests().stream().map(DemoContest::kind).toList();
            assertThat(kinds).as(scenario.name()).doesNotHaveDuplicates()
                    .allMatch(k -> k.isHeldIn(TYPES.get(scenario)))
                    .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
    }

    @Test
    void everyLineHasItsEnglishGlossAndPartyListsHaveNoCandidates() {
        for (Scenario scenario : Scenario.values()) {
            for (DemoContest contest : scenario.election().contests()) {
                assertThat(contest.titleEn()).isNotBlank();
                assertThat(contest.districtEn()).isNotBlank();
                assertThat(contest.lines()).hasSizeGreaterThanOrEqualTo(2);
                for (DemoContest.Line line : contest.lines()) {
                    assertThat(line.partyKo() == null).isEqualTo(line.partyEn() == null);
                    assertThat(line.candidateKo() == null).isEqualTo(line.candidateEn() == null);
                    if (contest.kind().partyList()) {
                        assertThat(line.candidateKo()).isNull();
                        assertThat(line.partyKo()).isNotNull();
                    } else {
                        assertThat(line.candidateKo()).isNotNull();
                    }
                }
                if (contest.kind() == ContestKind.SUPERINTENDENT) {
                    assertThat(contest.lines()).allMatch(l -> l.partyKo() == null);
                }
            }
        }
    }

    @Test
    void sparesAreAFifthAndAtLeastThree() {
        assertThat(SessionDesk.spares(1)).isEqualTo(3);
        assertThat(SessionDesk.spares(15)).isEqualTo(3);
        assertThat(SessionDesk.spares(16)).isEqualTo(4);
        assertThat(SessionDesk.spares(200)).isEqualTo(40);
    }
}
