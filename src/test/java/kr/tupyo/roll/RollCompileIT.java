package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import java.util.Map;
import kr.tupyo.election.ElectionId;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compiling a voters list end to end: a register imported through the registry API, a LOCAL election
 * through the election API, compile through the roll API, then each eligibility boundary, the
 * precincts and numbers, determinism, finalisation and immutability, and the integrated list.
 */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollCompileIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    IntegratedVotersList integrated;
    @Autowired
    kr.tupyo.election.Elections elections;

    RollFixtures fx;
    String firstDigest;
    JsonNode compiled;

    @BeforeAll
    void register() {
        fx = new RollFixtures(api, jdbc, false).build();
        compiled = fx.compile();
    }

    record Row(String exclusion, String emdCode, String address, Integer voterNumber, Long precinctId, Integer seq) {
    }

    Row entry(String who) {
        return jdbc.sql("""
                SELECT exclusion, emd_code, address, voter_number, precinct_id, precinct_seq FROM roll_entries
                WHERE election_id = ?::uuid AND rrn_lookup = ?""")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits()))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), (Long) rs.getObject(5), (Integer) rs.getObject(6))).single();
    }

    @Test
    @Order(1)
    void bornOnTheCutOffDayVotesAndTheDayAfterIsUnderAge() {
        assertThat(entry("가경계").exclusion()).isNull();
        assertThat(entry("나하루늦음").exclusion()).isEqualTo("UNDER_AGE");
    }

    @Test
    @Order(1)
    void aForeignerVotesInALocalElectionAfterThreeYearsOfPermanentResidenceNotOneDayEarlier() {
        assertThat(entry("Foreign3y").exclusion()).isNull();
        assertThat(entry("Foreign2y364d").exclusion()).isEqualTo("FOREIGN_NOT_ELIGIBLE");
    }

    @Test
    @Order(1)
    void aMoveTheDayBeforeTheReferenceDateCountsAndOneTheDayAfterDoesNot() {
        Row before = entry("다전날이사");
        assertThat(before.exclusion()).isNull();
        assertThat(before.emdCode()).isEqualTo("2729053500");
        Row after = entry("라다음날이사");
        assertThat(after.exclusion()).isNull();
        assertThat(after.emdCode()).as("stays at the old address").isEqualTo("1111051500");
    }

    @Test
    @Order(1)
    void aDeathReportedAfterTheReferenceDateRemovesTheVoterFromTheDraft() {
        assertThat(entry("마사망").exclusion()).isEqualTo("DECEASED");
    }

    @Test
    @Order(1)
    void aDisqualificationEndingTheDayBeforeElectionDayDoesNotExcludeButOneEndingOnItDoes() {
        assertThat(entry("바자격회복").exclusion()).isNull();
        assertThat(entry("사자격없음").exclusion()).isEqualTo("DISQUALIFIED");
    }

    @Test
    @Order(1)
    void overseasRegisteredNeedThreeMonthsAtTheReferenceDateInALocalElection() {
        assertThat(entry("자재외3개월").exclusion()).isNull();
        assertThat(entry("아재외짧음").exclusion()).isEqualTo("OVERSEAS_NOT_YET_3_MONTHS");
    }

    @Test
    @Order(1)
    void everyResidentIsOnTheListOrExcludedWithAReasonAndCountsAreShown() {
        var roll = fx.roll();
        assertThat(roll.path("status").asString()).isEqualTo("COMPILED");
        long residents = roll.path("residents").asLong();
        long voters = roll.path("voters").asLong();
        assertThat(residents).isEqualTo(fx.people.size());
        assertThat(voters).isEqualTo(fx.people.size() - 5);
        var reasons = roll.path("excludedByReason");
        assertThat(reasons.path("UNDER_AGE").asLong()).isEqualTo(1);
        assertThat(reasons.path("DECEASED").asLong()).isEqualTo(1);
        assertThat(reasons.path("DISQUALIFIED").asLong()).isEqualTo(1);
        assertThat(reasons.path("FOREIGN_NOT_ELIGIBLE").asLong()).isEqualTo(1);
        assertThat(reasons.path("OVERSEAS_NOT_YET_3_MONTHS").asLong()).isEqualTo(1);
        // The counts are there for anyone signed in, e.g. an observer or a station operator.
        assertThat(api.get("/api/v1/elections/" + fx.electionId + "/roll", api.tokenFor(Role.OBSERVER)).status()).isEqualTo(200);
        assertThat(roll.path("digest").asString()).matches("[0-9a-f]{64}");
        firstDigest = roll.path("digest").asString();
    }

    /**
     * The compilation makes the digest from the rows it inserts; this recomputes it from the stored rows as
     * docs/formats/voters-list-digest.md describes, independently, and compares.
     */
    @Test
    @Order(1)
    void theDigestIsTheSha256OfTheDocumentedCanonicalForm() throws Exception {
        StringBuilder form = new StringBuilder("tupyo voters list v1\nelection=" + fx.electionId + "\nreference_date="
                + fx.roll().path("referenceDate").asString() + "\n");
        jdbc.sql("""
                SELECT e.*, p.name AS precinct_name FROM roll_entries e
                LEFT JOIN roll_precincts p ON p.election_id = e.election_id AND p.precinct_id = e.precinct_id
                WHERE e.election_id = ?::uuid AND e.exclusion IS NULL ORDER BY e.emd_code, e.precinct_seq, e.voter_number""")
                .param(fx.electionId).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> form.append(String.join("|",
                        "V", rs.getString("emd_code"), rs.getString("precinct_seq"), field(rs.getString("precinct_name")),
                        rs.getString("voter_number"), rs.getString("rrn_masked"), field(rs.getString("name")),
                        rs.getDate("birth_date").toLocalDate().toString(), rs.getString("sex"), rs.getString("residence_type"),
                        rs.getBoolean("constituency_vote") ? "1" : "0", field(rs.getString("address")),
                        field(rs.getString("remarks")))).append('\n'));
        // Excluded residents in byte order of emd_code, reason, rrn masked, name, birth date, sex, residence type, address.
        List<List<String>> excluded = jdbc.sql("""
                SELECT emd_code, exclusion, rrn_masked, name, birth_date::text, sex, residence_type, address
                FROM roll_entries WHERE election_id = ?::uuid AND exclusion IS NOT NULL""").param(fx.electionId)
                .query((rs, n) -> java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> {
                    try {
                        return rs.getString(i);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList()).list();
        java.util.Comparator<String> bytes = java.util.Comparator.comparing(
                (String f) -> f.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned);
        excluded = excluded.stream().sorted((a, b) -> java.util.Arrays.compare(a.toArray(String[]::new), b.toArray(String[]::new), bytes))
                .map(f -> List.of(String.join("|", "X", f.get(1), f.get(0), f.get(2), field(f.get(3)), f.get(4), f.get(5),
                        f.get(6), field(f.get(7))))).toList();
        excluded.forEach(line -> form.append(line.getFirst()).append('\n'));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(form.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(compiled.path("message").asString()).as("made from the compiled rows, not by reading the list again")
                .contains("digest (from the compiled rows)");
        assertThat(fx.roll().path("digest").asString()).isEqualTo(expected);

        // The escaping, with what a name or address could hold.
        for (String text : List.of("a|b", "a\\|b", "줄\n바꿈\r", "\\\\", "서울 종로구 1")) {
            assertThat(jdbc.sql("SELECT roll_digest_field(?)").param(text).query(String.class).single()).isEqualTo(field(text));
        }
    }

    private static String field(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Test
    @Order(1)
    void votersAreSplitIntoTheirTownsPrecinctsAndNumberedFromOneInAddressOrder() {
        List<Row> cheongun = jdbc.sql("""
                SELECT exclusion, emd_code, address, voter_number, precinct_id, precinct_seq FROM roll_entries
                WHERE election_id = ?::uuid AND emd_code = '1111051500' AND exclusion IS NULL
                ORDER BY precinct_seq, voter_number""").param(fx.electionId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        (Long) rs.getObject(5), (Integer) rs.getObject(6))).list();
        // 청운효자동: 8 voters, two precincts with equal reference electorates → 4 and 4, numbered 1..4 each.
        assertThat(cheongun).hasSize(8);
        assertThat(cheongun).extracting(Row::seq).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
        assertThat(cheongun).extracting(Row::voterNumber).containsExactly(1, 2, 3, 4, 1, 2, 3, 4);
        List<String> addresses = cheongun.stream().map(Row::address).toList();
        assertThat(addresses).isSortedAccordingTo(java.util.Comparator.comparing(
                (String a) -> a.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned));
        var page = api.get("/api/v1/elections/" + fx.electionId + "/roll/voters?precinct=" + cheongun.getFirst().precinctId()
                + "&limit=3", fx.officer).json();
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("voters").size()).isEqualTo(3);
        assertThat(page.path("nextAfter").asInt()).isEqualTo(3);
        assertThat(page.path("voters").get(0).path("rrnMasked").asString()).matches("\\d{6}-\\d\\*{6}");
    }

    @Test
    @Order(2)
    void compilingTheSameInputsAgainGivesTheSameDigest() {
        String before = fx.roll().path("digest").asString();
        fx.compile();
        var roll = fx.roll();
        assertThat(roll.path("digest").asString()).isEqualTo(before);
        assertThat(roll.path("compilations").asInt()).isEqualTo(2);
    }

    /** The compilation builds its indexes in two halves at once (V6_6), on the narrow keys of V6_7: the published list has all four. */
    @Test
    @Order(2)
    void theCompiledListHasItsFourIndexes() {
        var definitions = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = ? ORDER BY indexdef")
                .param("roll_entries_" + fx.electionId.replace("-", "")).query(String.class).list();
        assertThat(definitions).hasSize(4)
                .anyMatch(d -> d.startsWith("CREATE UNIQUE INDEX") && d.endsWith("USING btree (rrn_lookup)"))
                .anyMatch(d -> d.startsWith("CREATE UNIQUE INDEX")
                        && d.endsWith("USING btree (exclusion, id) WHERE (exclusion IS NOT NULL)"))
                .anyMatch(d -> d.startsWith("CREATE UNIQUE INDEX") && d.endsWith(
                        "USING btree (precinct_id, voter_number, emd_code) NULLS NOT DISTINCT WHERE (voter_number IS NOT NULL)"))
                .anyMatch(d -> d.startsWith("CREATE INDEX")
                        && d.endsWith("USING btree (birth_date, name COLLATE \"C\") WHERE (exclusion IS NULL)"));
    }

    /** A voter number is unique in its precinct, and in its 읍면동 for voters without precinct (decision 100), by the database. */
    @Test
    @Order(2)
    void theDatabaseRefusesASecondVoterWithTheSameNumber() {
        Long precinct = jdbc.sql("""
                SELECT precinct_id FROM roll_entries WHERE election_id = ?::uuid AND voter_number = 2 AND precinct_id IS NOT NULL
                ORDER BY precinct_id LIMIT 1""").param(fx.electionId).query(Long.class).single();
        // Number 2 of a precinct renumbered 1: a second number 1 there.
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE roll_entries SET voter_number = 1 WHERE election_id = ?::uuid AND precinct_id = ? AND voter_number = 2""")
                .params(fx.electionId, precinct).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("_number");
        // Numbers 1 and 2 of that precinct moved out of it (as voters of a 읍면동 without precinct), both as number 7.
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE roll_entries SET precinct_id = NULL, precinct_seq = 0, voter_number = 7
                WHERE election_id = ?::uuid AND precinct_id = ? AND voter_number IN (1, 2)""")
                .params(fx.electionId, precinct).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("_number");
        assertThat(jdbc.sql("SELECT count(*) FROM roll_entries WHERE election_id = ?::uuid AND precinct_id = ? AND voter_number IN (1, 2)")
                .params(fx.electionId, precinct).query(Long.class).single()).as("nothing changed").isEqualTo(2);
    }

    /** This list's inspection period is not today: an objection on the public page is told when it is, as a look-up is. */
    @Test
    @Order(3)
    void outsideTheInspectionPeriodThePublicObjectionFormSaysWhenItRuns() {
        var period = elections.find(ElectionId.of(fx.electionId)).orElseThrow().calendar().inspection();
        String filed = "SELECT count(*) FROM roll_objections WHERE election_id = ?::uuid";
        long before = jdbc.sql(filed).param(fx.electionId).query(Long.class).single();
        var answer = api.postPublicForm("/inspection", "/inspection/objection", Map.of("election", fx.electionId,
                "name", fx.name("가경계"), "rrn", kr.tupyo.registry.RegisterFixtures.hyphenated(fx.people.get(fx.name("가경계"))),
                "kind", "WRONG_DETAILS", "claim", "주소가 틀립니다"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains(period.first().toString(), period.last().toString());
        assertThat(jdbc.sql(filed).param(fx.electionId).query(Long.class).single()).as("nothing filed").isEqualTo(before);
    }

    @Test
    @Order(3)
    void statisticsAndElectionDayListsAreProduced() {
        var sido = api.get("/api/v1/elections/" + fx.electionId + "/roll/statistics?level=SIDO", fx.officer).json();
        long total = 0;
        for (var row : sido) {
            total += row.path("voters").asLong();
        }
        assertThat(total).isEqualTo(fx.roll().path("voters").asLong());
        var csv = api.get("/api/v1/elections/" + fx.electionId + "/roll/statistics.csv?level=PRECINCT", fx.officer);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("level,code,name,voters,male,female,18-19");
        assertThat(api.get("/api/v1/elections/" + fx.electionId + "/roll/statistics?level=DISTRICT", fx.officer).status())
                .isEqualTo(200);
        long precinct = api.get("/api/v1/elections/" + fx.electionId + "/roll/precincts", fx.officer).json().get(0)
                .path("id").asLong();
        var pdf = api.get("/api/v1/elections/" + fx.electionId + "/roll/precincts/" + precinct + "/list.pdf", fx.officer);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var listCsv = api.get("/api/v1/elections/" + fx.electionId + "/roll/precincts/" + precinct + "/list.csv", fx.officer);
        assertThat(listCsv.body()).startsWith("voter_number,name,address,birth_date,rrn_masked,remarks\n1,");
        var job = api.postJson("/api/v1/elections/" + fx.electionId + "/roll/lists", fx.officer, "{}");
        assertThat(job.status()).isEqualTo(202);
        var done = fx.waitFor(job.json().path("id").asString());
        var zip = api.get(done.path("resultUrl").asString(), fx.officer);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.bytes()[0]).isEqualTo((byte) 'P');
    }

    @Test
    @Order(4)
    void theIntegratedListAnswersOnlyOnceFinalised() {
        var id = ElectionId.of(fx.electionId);
        assertThat(integrated.findByRrn(id, fx.people.get(fx.name("가경계")))).isEmpty();
        var finalised = fx.finalise();
        assertThat(finalised.path("status").asString()).isEqualTo("FINALISED");
        assertThat(finalised.path("digest").asString()).as("no objection changed it").isEqualTo(firstDigest);
        assertThat(finalised.path("finaliseJob").path("status").asString()).isEqualTo("SUCCEEDED");

        var voter = integrated.findByRrn(id, fx.people.get(fx.name("가경계"))).orElseThrow();
        assertThat(voter.status()).isEqualTo(ListedVoter.Status.ON_LIST);
        assertThat(voter.precinctName()).startsWith("청운효자동제");
        assertThat(voter.rrnMasked()).endsWith("******");
        assertThat(voter.sggCode()).isEqualTo("11110");
        assertThat(integrated.findByRrn(id, fx.people.get(fx.name("나하루늦음")))).as("excluded").isEmpty();
        assertThat(integrated.findByNameAndBirthDate(id, fx.name("가경계"), voter.birthDate())).containsExactly(voter);
        // Several numbers in one statement (early voting's batched look-ups): the same answers, in order.
        assertThat(integrated.findAllByRrn(id, java.util.List.of(fx.people.get(fx.name("나하루늦음")),
                fx.people.get(fx.name("가경계")), fx.people.get(fx.name("가경계")))))
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of(voter), java.util.Optional.of(voter));
    }

    @Test
    @Order(5)
    void aFinalisedListRefusesEveryChangeEvenByDirectSql() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE roll_entries SET name = 'x' WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("finalised");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM roll_entries WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE voters_lists SET digest = repeat('0', 64) WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE roll_entries_" + fx.electionId.replace("-", "")).update())
                .isInstanceOf(DataAccessException.class);
        var again = api.postJson("/api/v1/elections/" + fx.electionId + "/roll/compile", fx.officer, "{}");
        assertThat(again.problemCode()).isEqualTo("ROLL_ALREADY_FINALISED");
    }

    @Test
    @Order(6)
    void aDeathReportedAfterFinalisationBlocksTheVoterThroughACorrectionVersion() {
        var id = ElectionId.of(fx.electionId);
        String who = fx.name("카확정후사망");
        String death = kr.tupyo.registry.RegisterFixtures.EVENTS_HEADER + String.join(",", "roll-" + fx.tag + "-late",
                kr.tupyo.registry.RegisterFixtures.hyphenated(fx.people.get(who)), "DEATH",
                fx.referenceDate.plusDays(15).toString(), "", "", "", "", "", "", "", "") + "\n";
        var imported = kr.tupyo.registry.RegistryUploads.upload(api, "/api/v1/registry/events", fx.admin, "late.csv", death);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        // The import's ResidentDeathsRecorded event makes roll record the correction by itself (asynchronously).
        var voter = RollCorrectionsIT.awaitBlocked(integrated, id, fx.people.get(who));
        assertThat(voter.status()).isEqualTo(ListedVoter.Status.BLOCKED);
        var again = api.postJson("/api/v1/elections/" + fx.electionId + "/roll/corrections/deaths", fx.officer, "{}");
        assertThat(again.json().path("recorded").asInt()).as("already recorded automatically").isZero();
        assertThat(voter.blockReason()).isEqualTo(BlockReason.DECEASED_AFTER_FINALISATION);
        var corrections = api.get("/api/v1/elections/" + fx.electionId + "/roll/corrections", fx.officer).json();
        assertThat(corrections.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(corrections.get(0).path("parentDigest").asString()).isEqualTo(firstDigest);
        assertThat(fx.roll().path("digest").asString()).as("the finalised list itself is unchanged").isEqualTo(firstDigest);
        assertThat(Map.of()).isEmpty();
    }
}
