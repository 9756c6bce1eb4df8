package kr.tupyo.turnout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.VoterId;
import org.junit.jupiter.api.Test;

/** A marked election-day list contains exactly the early voters of its precinct, and nobody else's mark. */
class TurnoutMarkedListTest {

    static final ElectionId ELECTION = ElectionId.of("00000000-0000-0000-0000-000000000007");
    static final PrecinctLists.ListedPrecinct FIRST = new PrecinctLists.ListedPrecinct(1, "1111051500", 1, "청운효자동제1투", "청운초등학교");
    static final PrecinctLists.ListedPrecinct SECOND = new PrecinctLists.ListedPrecinct(2, "1111051500", 2, "청운효자동제2투", "경복고등학교");

    /** Voters 101–105 in the first precinct, 201–203 in the second; 204 is overseas-registered. */
    static final Map<Long, List<PrecinctLists.ListLine>> LINES = Map.of(
            1L, List.of(line(101, 1), line(102, 2), line(103, 3), line(104, 4), line(105, 5)),
            2L, List.of(line(201, 1), line(202, 2), line(203, 3),
                    new PrecinctLists.ListLine(new VoterId(204), 4, "재외인", "서울 종로구", LocalDate.of(1980, 1, 1),
                            "800101-1******", "OVERSEAS_REGISTERED", null)));

    static PrecinctLists.ListLine line(long id, int number) {
        return new PrecinctLists.ListLine(new VoterId(id), number, "이름" + id, "서울특별시 종로구 " + id, LocalDate.of(1970, 1, 1),
                "700101-1******", "DOMESTIC", null);
    }

    /** Early voters: two of the first precinct, one of the second, and one of a precinct elsewhere. */
    static final Set<String> ISSUED = Set.of("102", "104", "201", "999");

    final PrecinctLists lists = new PrecinctLists() {
        @Override
        public List<ListedPrecinct> precincts(ElectionId election) {
            return List.of(FIRST, SECOND);
        }

        @Override
        public void forEachLine(ElectionId election, long precinctId, Consumer<ListLine> action) {
            LINES.get(precinctId).forEach(action);
        }

        @Override
        public Map<String, Long> votersPerEmd(ElectionId election) {
            return Map.of("1111051500", 9L);
        }
    };

    final IssuanceLedger ledger = new IssuanceLedger() {
        @Override
        public List<StationDayTotals> stationDays(ElectionId election) {
            return List.of();
        }

        @Override
        public List<IssuanceRecord> records(ElectionId election, StationCode station, LocalDate day) {
            return List.of();
        }

        @Override
        public Set<String> issuedAmong(ElectionId election, Collection<String> voterKeys) {
            Set<String> found = new HashSet<>(voterKeys);
            found.retainAll(ISSUED);
            return found;
        }
    };

    final MarkedList marked = new MarkedList(lists, ledger);

    @Test
    void marksExactlyTheEarlyVotersOfThePrecinct() {
        MarkedList.Marked first = marked.of(ELECTION, FIRST);
        assertThat(first.earlyVoters()).isEqualTo(2);
        assertThat(first.lines().stream().filter(MarkedList.Line::early).map(l -> l.line().id().value()))
                .containsExactly(102L, 104L);
        assertThat(first.lines()).extracting(MarkedList.Line::remarks)
                .containsExactly("", "사전투표", "", "사전투표", "");

        MarkedList.Marked second = marked.of(ELECTION, SECOND);
        assertThat(second.earlyVoters()).isEqualTo(1);
        assertThat(second.lines()).extracting(MarkedList.Line::remarks).containsExactly("사전투표", "", "", "재외국민");
    }

    @Test
    void theCsvCarriesTheMarkInTheRemarksColumn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkedListWriter().csv(marked.of(ELECTION, FIRST), out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows.getFirst()).isEqualTo("voter_number,name,address,birth_date,rrn_masked,remarks");
        assertThat(rows).hasSize(6);
        assertThat(rows.stream().filter(r -> r.endsWith(",사전투표")).map(r -> r.split(",")[0])).containsExactly("2", "4");
    }

    @Test
    void theWaitGrowsWithTheArrivalRateAndIsCapped() {
        assertThat(StationLoad.waitMinutes(0)).isZero();
        assertThat(StationLoad.waitMinutes(1.0)).isEqualTo(1);
        assertThat(StationLoad.waitMinutes(1.8)).isEqualTo(5);
        assertThat(StationLoad.waitMinutes(5)).isEqualTo(StationLoad.MAX_WAIT_MINUTES);
    }
}
