package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.earlyvoting.internal.VotersList;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identification through the roll module's integrated voters list (its tables filled as a
 * finalisation leaves them): on the list, blocked by a correction after finalisation, not on the list,
 * found by name and birth date; then the exactly-once issuance on the list's voter id.
 */
@EarlyVotingIntegrationTest
class EarlyVotingRollIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    FixtureVotersList fixtureList;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    ApiClient api;

    @AfterEach
    void backToFixtures() {
        fixtureList.useFixtures();
    }

    @Test
    void identifiesAndIssuesOnTheFinalisedIntegratedVotersList() {
        var s = fixture.sample();
        fixtureList.useRealList(context.getBeansOfType(VotersList.class).values().stream()
                .filter(list -> !(list instanceof FixtureVotersList)).findFirst().orElseThrow());
        var rrns = new RrnGenerator(UUID.randomUUID().getLeastSignificantBits());
        ResidentRegistrationNumber listed = rrns.of(LocalDate.of(1961, 5, 16), Sex.M, false);
        ResidentRegistrationNumber dead = rrns.of(LocalDate.of(1930, 2, 1), Sex.F, false);
        ResidentRegistrationNumber busan = rrns.of(LocalDate.of(1990, 9, 9), Sex.F, false);
        UUID election = s.election.value();
        jdbc.sql("CREATE TABLE roll_entries_" + election.toString().replace("-", "")
                + " PARTITION OF roll_entries FOR VALUES IN ('" + election + "')").update();
        jdbc.sql("SELECT roll_index_partition('roll_entries_" + election.toString().replace("-", "") + "'::regclass)")
                .query().listOfRows();
        long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        entry(election, base + 1, listed, "최민수", CHEONGUN, 1);
        entry(election, base + 2, dead, "고인", CHEONGUN, 2);
        entry(election, base + 3, busan, "부산시민", JUNGANG, 1);
        for (String emd : List.of(CHEONGUN, JUNGANG)) {
            var contests = fixture.contestsOf(s, emd);
            jdbc.sql("INSERT INTO roll_emd_contests (election_id, emd_code, constituency_vote, contest_ids) VALUES (?, ?, true, ?::uuid[])")
                    .params(election, emd, "{" + String.join(",", contests) + "}").update();
        }
        jdbc.sql("""
                INSERT INTO voters_lists (election_id, status, reference_date, compiled_at, compiled_by, residents, voters,
                                          digest, finalised_at, finalised_by)
                VALUES (?, 'FINALISED', DATE '2028-03-13', now(), 'test', 3, 3, repeat('a', 64), now(), 'test')""")
                .param(election).update();
        jdbc.sql("""
                INSERT INTO roll_corrections (election_id, version, rrn_lookup, rrn_masked, kind, reason, parent_digest, recorded_by)
                VALUES (?, 2, ?, ?, 'DECEASED_AFTER_FINALISATION', '사망 신고', repeat('a', 64), 'test')""")
                .params(election, protection.lookupHash(dead.digits()), dead.masked()).update();

        s.open(s.seoulStation, DAY_1);
        var found = s.identify(s.seoulStation, listed.digits()).json();
        assertThat(found.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(found.path("name").asString()).isEqualTo("최민수");
        assertThat(found.path("rrnMasked").asString()).isEqualTo(listed.masked());
        assertThat(found.path("homeDistrict").asString()).isEqualTo("종로구 청운효자동");
        assertThat(found.path("voterNumber").asInt()).isEqualTo(1);
        assertThat(found.path("inDistrict").asBoolean()).isTrue();
        assertThat(found.path("contests").size()).isEqualTo(2);

        var blocked = s.identify(s.seoulStation, dead.digits()).json();
        assertThat(blocked.path("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.path("blockedReason").asString()).isEqualTo("DECEASED_AFTER_FINALISATION");
        assertThat(s.identify(s.seoulStation, rrns.next().digits()).json().path("status").asString()).isEqualTo("NOT_ON_LIST");
        var byName = api.postJson("/api/v1/early-voting/identifications", s.operator(s.seoulStation), Map.of(
                "electionId", s.election.toString(), "name", "부산시민", "birthDate", "1990-09-09")).json();
        assertThat(byName.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(byName.path("inDistrict").asBoolean()).as("a Busan voter in Seoul").isFalse();
        assertThat(byName.path("contests").get(0).path("name").asString()).isEqualTo("중구영도구");

        var issued = s.issue(s.seoulStation, found.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT voter_key FROM ev_issuances WHERE id = ?::uuid").param(issued.json().path("issuanceId").asString())
                .query(String.class).single()).as("keyed on the list's voter id").isEqualTo(Long.toString(base + 1));
        assertThat(s.identify(s.seoulStation, listed.digits()).json().path("status").asString()).isEqualTo("ALREADY_ISSUED");
    }

    private void entry(UUID election, long id, ResidentRegistrationNumber rrn, String name, String emd, int number) {
        jdbc.sql("""
                INSERT INTO roll_entries (election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality,
                                          emd_code, address, residence_type, constituency_vote, voter_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'KR', ?, '주소', 'RESIDENT', true, ?)""")
                .params(election, id, id, protection.lookupHash(rrn.digits()), rrn.masked(), name, rrn.birthDate(),
                        rrn.sex().name(), emd, number)
                .update();
    }
}
