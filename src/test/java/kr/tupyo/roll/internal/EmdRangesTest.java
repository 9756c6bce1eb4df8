package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmdRangesTest {

    private static Map<String, Long> electorates(Object... codeAndElectorate) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndElectorate.length; i += 2) {
            map.put((String) codeAndElectorate[i], ((Number) codeAndElectorate[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void twoRangesOfAboutEqualElectorateCoverEveryCode() {
        var bounds = EmdRanges.split(electorates("1111051500", 10, "1111053000", 10, "2611051000", 10, "2611053000", 10), 2);
        assertThat(bounds).containsExactly("", "2611051000", "99999999999");
    }

    @Test
    void aLargeFirstTownTakesAWholeRangeAndTownsAreNeverSplit() {
        var bounds = EmdRanges.split(electorates("1111051500", 90, "1111053000", 5, "2611051000", 5), 2);
        assertThat(bounds).containsExactly("", "1111053000", "99999999999");
    }

    @Test
    void oneRangeOrNoTownsAtAllStillCoverEverything() {
        assertThat(EmdRanges.split(electorates("1111051500", 10, "1111053000", 10), 1)).containsExactly("", "99999999999");
        assertThat(EmdRanges.split(Map.of(), 2)).containsExactly("", "99999999999");
        assertThat(EmdRanges.split(electorates("1111051500", 10), 4)).isEqualTo(List.of("", "99999999999"));
    }

    @Test
    void shrinkingRangesHalveBatchByBatchAndStillCoverEveryCodeOnce() {
        Map<String, Long> towns = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            towns.put(String.valueOf(1111000000L + i * 100L), 1L);
        }
        var bounds = EmdRanges.shrinking(towns, 2);
        // 2 ranges of 1/4, 2 of 1/8, ... 2 of 1/128, then the last 1/64 in two: 14 ranges.
        assertThat(bounds).hasSize(15).startsWith("").endsWith("99999999999");
        assertThat(bounds.subList(1, 4)).containsExactly("1111025000", "1111050000", "1111062500");
        assertThat(bounds.subList(1, bounds.size() - 1)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTownLargerThanSeveralSharesMakesOneRangeNotEmptyOnes() {
        var bounds = EmdRanges.shrinking(electorates("1111051500", 97, "1111053000", 1, "2611051000", 1, "2611053000", 1), 2);
        assertThat(bounds).containsExactly("", "1111053000", "2611051000", "2611053000", "99999999999");
    }
}
