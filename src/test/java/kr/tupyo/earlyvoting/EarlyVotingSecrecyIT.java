package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.tupyo.support.PdfPages;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ballot secrecy (docs/decisions/120-ballot-secrecy.md): after a station day, every serial printed is
 * in the station's set, and nothing stored — no table, column, audit entry, event publication or log
 * line — holds a serial next to anything that leads to a voter; the set's rows do not follow the
 * order of printing.
 */
@EarlyVotingIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EarlyVotingSecrecyIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noStoredDataJoinsASerialToAVoter(CapturedOutput output) {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        String operator = s.operator(s.seoulStation);
        List<String> printedInOrder = new ArrayList<>();
        List<String> issuances = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var issued = s.identifyAndIssue(s.seoulStation, s.voter(i % 3 == 0 ? JUNGANG : CHEONGUN)).json();
            issuances.add(issued.path("issuanceId").asString());
            var pdf = api.get(issued.path("documents").path("ballots").asString(), operator);
            assertThat(pdf.status()).isEqualTo(200);
            PdfPages.pages(pdf.bytes()).forEach(p -> printedInOrder.add(p.barcode()));
        }
        // one spoiled set: its serials become void, the reprint draws new ones
        String spoiledIssuance = issuances.get(2);
        List<String> spoiled = printedInOrder.subList(4, 6);
        var spoil = api.postJson("/api/v1/early-voting/issuances/" + spoiledIssuance + "/spoil", s.supervisor(s.seoulStation),
                Map.of("reason", "용지 걸림", "spoiledSerials", spoiled));
        assertThat(spoil.status()).as(spoil.toString()).isEqualTo(200);
        PdfPages.pages(api.get("/api/v1/early-voting/issuances/" + spoiledIssuance + "/ballots.pdf", operator).bytes())
                .forEach(p -> printedInOrder.add(p.barcode()));
        assertThat(printedInOrder).hasSize(18).doesNotHaveDuplicates().allMatch(serial -> serial.matches("1-\\d{13}"));

        var closed = api.postJson("/api/v1/early-voting/stations/" + s.seoulStation + "/close", operator,
                Map.of("electionId", s.election.toString()));
        assertThat(closed.json().path("balanced").asBoolean()).as(closed.toString()).isTrue();

        // reconciliation: the station's printed set is exactly what was printed
        List<String> stored = jdbc.sql("SELECT serial FROM ev_printed_serials WHERE election_id = ? AND station_code = ? ORDER BY ctid")
                .params(s.election.value(), s.seoulStation).query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(printedInOrder);
        assertThat(stored).as("rows lie in serial order, not printing order").isSortedAccordingTo(String::compareTo);
        assertThat(jdbc.sql("SELECT count(DISTINCT xmin::text) FROM ev_printed_serials WHERE election_id = ? AND station_code = ?")
                .params(s.election.value(), s.seoulStation).query(Long.class).single())
                .as("written in one transaction").isEqualTo(1);
        assertThat(printedInOrder).as("serials do not follow the order of printing").isNotEqualTo(new ArrayList<>(new TreeSet<>(printedInOrder)));
        assertThat(jdbc.sql("SELECT count(*) FROM ev_serial_keys WHERE election_id = ? AND station_code = ?")
                .params(s.election.value(), s.seoulStation).query(Long.class).single())
                .as("the day's permutation key is destroyed at close").isZero();

        // no column of any table holds a serial, except the two serial sets, which hold nothing else
        Map<String, Set<String>> tablesWithSerials = new java.util.TreeMap<>();
        var columns = jdbc.sql("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'ARRAY')""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        String anySerial = String.join("|", printedInOrder);
        for (var column : columns) {
            String value = isBytea(column.getKey(), column.getValue()) ? "encode(\"" + column.getValue() + "\", 'escape')"
                    : "\"" + column.getValue() + "\"::text";
            String sql = "SELECT count(*) FROM \"" + column.getKey() + "\" WHERE " + value + " ~ ?";
            if (jdbc.sql(sql).param(anySerial).query(Long.class).single() > 0) {
                tablesWithSerials.computeIfAbsent(column.getKey(), k -> new TreeSet<>()).add(column.getValue());
            }
        }
        assertThat(tablesWithSerials).containsOnlyKeys("ev_printed_serials", "ev_voided_serials");
        assertThat(columnsOf("ev_printed_serials")).containsExactlyInAnyOrder("election_id", "station_code", "contest_id", "serial");
        assertThat(columnsOf("ev_voided_serials")).containsExactlyInAnyOrder("election_id", "station_code", "contest_id", "serial", "day");
        assertThat(jdbc.sql("SELECT count(*) FROM ev_voided_serials WHERE station_code = ? AND election_id = ?")
                .params(s.seoulStation, s.election.value()).query(Long.class).single()).isEqualTo(2);

        // nor does any log line
        for (String serial : printedInOrder) {
            assertThat(output.getAll()).doesNotContain(serial);
        }
    }

    private boolean isBytea(String table, String column) {
        return "bytea".equals(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = ? AND column_name = ?").params(table, column).query(String.class).single());
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?")
                .param(table).query(String.class).list();
    }
}
