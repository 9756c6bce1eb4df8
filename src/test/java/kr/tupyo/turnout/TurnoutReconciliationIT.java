package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.PdfPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reconciliation balances two well-run station days, one of them with a spoiled and reissued set, and
 * catches a deliberately unbalanced one.
 */
@EarlyVotingIntegrationTest
class TurnoutReconciliationIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    /** The serials printed for each issuance, read from the ballots' bar codes. */
    private final Map<String, List<String>> printed = new java.util.HashMap<>();

    private String issueAndPrint(EarlyVotingFixture.Sample s, String station, String emd) {
        JsonNode issued = s.identifyAndIssue(station, s.voter(emd)).json();
        String operator = s.operator(station);
        var ballots = api.get(issued.path("documents").path("ballots").asString(), operator);
        assertThat(ballots.status()).isEqualTo(200);
        printed.put(issued.path("issuanceId").asString(),
                PdfPages.pages(ballots.bytes()).stream().map(PdfPages.Page::barcode).toList());
        if (!issued.path("documents").path("envelopeLabel").isNull()) {
            assertThat(api.get(issued.path("documents").path("envelopeLabel").asString(), operator).status()).isEqualTo(200);
        }
        return issued.path("issuanceId").asString();
    }

    private static List<String> failed(JsonNode day) {
        List<String> rules = new ArrayList<>();
        day.path("checks").forEach(c -> {
            if (!c.path("holds").asBoolean()) {
                rules.add(c.path("rule").asString());
            }
        });
        return rules;
    }

    @Test
    void balancesWellRunStationsAndListsTheRecordsBehindAnUnbalancedOne() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        fixture.at(DAY_1, LocalTime.of(9, 0));
        issueAndPrint(s, s.seoulStation, CHEONGUN);
        issueAndPrint(s, s.seoulStation, CHEONGUN);
        String outOfDistrict = issueAndPrint(s, s.busanStation, CHEONGUN);
        issueAndPrint(s, s.busanStation, JUNGANG);
        // A jammed printer at Seoul: the supervisor spoils the whole set, the reprint draws new serials.
        String jammed = issueAndPrint(s, s.seoulStation, CHEONGUN);
        var spoil = api.postJson("/api/v1/early-voting/issuances/" + jammed + "/spoil", s.supervisor(s.seoulStation),
                Map.of("reason", "용지 걸림", "spoiledSerials", printed.get(jammed)));
        assertThat(spoil.status()).as(spoil.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/early-voting/issuances/" + jammed + "/ballots.pdf", s.operator(s.seoulStation)).status())
                .isEqualTo(200);
        int papers = printed.get(jammed).size();
        assertThat(papers).as("one paper per contest of a Seoul voter").isEqualTo(2);
        fixture.at(DAY_1, LocalTime.of(17, 59));
        for (String station : List.of(s.seoulStation, s.busanStation)) {
            var closed = api.postJson("/api/v1/early-voting/stations/" + station + "/close", s.operator(station),
                    Map.of("electionId", s.election.toString()));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        }
        String base = "/api/v1/turnout/elections/" + s.election;
        String officer = api.tokenFor(Role.ROLL_OFFICER);

        JsonNode balanced = api.get(base + "/reconciliation", officer).json();
        assertThat(balanced.path("stationDays").asInt()).isEqualTo(2);
        assertThat(balanced.path("imbalancedStationDays").asInt()).as(balanced.toString()).isZero();
        assertThat(balanced.path("balanced").asBoolean()).as("the JSON says so too").isTrue();
        assertThat(balanced.path("totals").path("issued").asLong()).isEqualTo(5);
        assertThat(balanced.path("totals").path("outOfDistrict").asLong()).isEqualTo(1);
        assertThat(balanced.path("totals").path("envelopeLabels").asLong()).isEqualTo(1);
        assertThat(balanced.path("totals").path("signed").asLong()).isEqualTo(5);
        assertThat(balanced.path("totals").path("spoiled").asLong()).as("spoiled and reissued").isEqualTo(1);
        long voided = 0;
        long issuedPapers = 0;
        long printedPapers = 0;
        for (JsonNode c : balanced.path("contests")) {
            voided += c.path("voided").asLong();
            issuedPapers += c.path("issued").asLong();
            printedPapers += c.path("printed").asLong();
        }
        assertThat(voided).as("the spoiled set's papers are void").isEqualTo(papers);
        assertThat(printedPapers - voided).as("printed − voided = issued, per contest summed").isEqualTo(issuedPapers);
        assertThat(balanced.path("contests").size()).as("issued per contest").isGreaterThanOrEqualTo(2);

        // Deliberately unbalance Busan: one ballot more printed than the issuances account for, and the
        // out-of-district voter's envelope label recorded as never printed.
        jdbc.sql("UPDATE ev_serial_counters SET printed = printed + 1 WHERE election_id = ? AND station_code = ? AND contest_id = ?::uuid")
                .params(s.election.value(), s.busanStation, s.proportionalContest).update();
        jdbc.sql("UPDATE ev_issuances SET envelope_printed = false WHERE id = ?::uuid").param(outOfDistrict).update();

        JsonNode r = api.get(base + "/reconciliation", officer).json();
        assertThat(r.path("imbalancedStationDays").asInt()).isEqualTo(1);
        assertThat(r.path("balanced").asBoolean()).isFalse();
        JsonNode seoul = null;
        JsonNode busan = null;
        for (JsonNode d : r.path("stations")) {
            if (d.path("station").asString().equals(s.seoulStation)) {
                seoul = d;
            } else {
                busan = d;
            }
        }
        assertThat(failed(seoul)).isEmpty();
        assertThat(failed(busan)).containsExactlyInAnyOrder("ENVELOPE_LABELS_PRINTED",
                "BALLOTS_PRINTED_EQUAL_PRINTS_RECORDED", "BALLOTS_PRINTED_MINUS_VOIDED_EQUAL_ISSUED");
        List<String> behind = new ArrayList<>();
        busan.path("records").forEach(b -> behind.add(b.path("issuanceId").asString() + " " + b.path("problem").asString()));
        assertThat(behind).contains(outOfDistrict + " LABEL_NOT_PRINTED");

        String csv = api.get(base + "/reconciliation.csv", officer).body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("station,station_name,day,closed,identified");
        assertThat(csv).contains(s.busanStation + ",").contains("ENVELOPE_LABELS_PRINTED=1/0");
        assertThat(api.get(base + "/reconciliation-records.csv", officer).body()).contains(outOfDistrict + ",").contains("LABEL_NOT_PRINTED");
        var pdf = api.get(base + "/reconciliation.pdf", officer);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        var text = api.get(base + "/reconciliation.txt", api.tokenFor(Role.OBSERVER));
        assertThat(text.header("X-Tupyo-Balanced")).isEqualTo("false");
        assertThat(text.body().strip()).endsWith("IMBALANCED").contains(outOfDistrict);

        // Station staff see their own station's day, not another's.
        String own = base + "/stations/" + s.seoulStation + "/reconciliation?day=" + DAY_1;
        var mine = api.get(own, s.supervisor(s.seoulStation));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("figures").path("issued").asLong()).isEqualTo(3);
        assertThat(mine.json().path("figures").path("spoiled").asLong()).isEqualTo(1);
        var other = api.get(base + "/stations/" + s.busanStation + "/reconciliation?day=" + DAY_1, s.supervisor(s.seoulStation));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problemCode()).isEqualTo("OTHER_STATION");
    }
}
