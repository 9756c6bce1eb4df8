package kr.tupyo.earlyvoting.internal;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the issuance writer (decision 123) holding what concurrent stations can send at the same
 * moment: two requests for one voter, a retry with a key already in the batch, and plain requests. Each
 * gets the answer it would get alone, one after the other; the counters and the audit see the issuances only.
 */
@EarlyVotingIntegrationTest
class IssuanceBatchIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    IssuanceWriter writer;
    @Autowired
    Identifications identifications;
    @Autowired
    AuditEntries audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBatchAnswersEachRequestAsIfAloneAndWritesOnlyWhatIsIssued() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        String twice = s.voter(CHEONGUN);
        String once = s.voter(CHEONGUN);
        String retried = s.voter(CHEONGUN);
        Identifications.Stored atSeoul = identified(s.identify(s.seoulStation, twice));
        Identifications.Stored atBusan = identified(s.identify(s.busanStation, twice));
        Identifications.Stored other = identified(s.identify(s.seoulStation, once));
        Identifications.Stored retry = identified(s.identify(s.seoulStation, retried));
        long auditBefore = auditEntries();

        List<IssuanceWriter.Written> written = new TransactionTemplate(transactions).execute(status ->
                writer.writeInTransaction(List.of(request(atSeoul, "k-1"), request(atBusan, "k-2"),
                        request(retry, "k-3"), request(retry, "k-3"), request(other, "k-4"))));

        assertThat(written.get(0)).isInstanceOf(IssuanceWriter.Written.Issued.class);
        assertThat(written.get(1)).as("the same voter at another station, same batch")
                .isInstanceOf(IssuanceWriter.Written.VoterHasIssuance.class);
        assertThat(((IssuanceWriter.Written.VoterHasIssuance) written.get(1)).existing().station().value())
                .isEqualTo(s.seoulStation);
        assertThat(written.get(2)).isInstanceOf(IssuanceWriter.Written.Issued.class);
        assertThat(written.get(3)).as("a retry of a request in the same batch").isInstanceOf(IssuanceWriter.Written.KeyUsedBefore.class);
        assertThat(written.get(4)).isInstanceOf(IssuanceWriter.Written.Issued.class);

        assertThat(count("SELECT count(*) FROM ev_issuances WHERE election_id = ?", s.election.value())).isEqualTo(3);
        assertThat(count("""
                SELECT count(*) FROM ev_signatures g JOIN ev_issuances i ON i.id = g.issuance_id WHERE i.election_id = ?""",
                s.election.value())).isEqualTo(3);
        assertThat(jdbc.sql("SELECT outcome FROM ev_idempotency_keys WHERE station_code = ? AND idempotency_key = 'k-2'")
                .param(s.busanStation).query(String.class).single()).isEqualTo("ALREADY_ISSUED");
        assertThat(count("SELECT coalesce(sum(issued), 0) FROM turnout_station_hours WHERE election_id = ?", s.election.value()))
                .as("turnout counts the three issuances, summed in one statement").isEqualTo(3);
        assertThat(count("""
                SELECT coalesce(sum(issued), 0) FROM turnout_area_hours WHERE election_id = ? AND level = 'SGG'""",
                s.election.value())).isEqualTo(3);
        assertThat(auditEntries() - auditBefore).as("3 issued + 1 refused, the retry writes nothing").isEqualTo(4);
    }

    private Identifications.Stored identified(kr.tupyo.support.ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return identifications.find(UUID.fromString(response.json().path("identificationId").asString())).orElseThrow();
    }

    private IssuanceWriter.Request request(Identifications.Stored identification, String key) {
        Instant now = fixture.clock().instant();
        var issuance = new Issuance(UUID.randomUUID(), identification.election(), identification.id(),
                identification.station(), identification.day(), now, identification.voterEmd(),
                Boolean.TRUE.equals(identification.inDistrict()), identification.contests(), true, 0,
                Boolean.TRUE.equals(identification.inDistrict()) ? null : "R" + UUID.randomUUID(), false);
        return new IssuanceWriter.Request(new Issuances.ToWrite(issuance, identification.voterKey(), key, now,
                new byte[] {1, 2, 3}, identification.day().plusDays(60)), new AuditLog.Actor("test", null));
    }

    private long auditEntries() {
        audit.chainPending();
        return count("SELECT count(*) FROM audit_log WHERE action IN ('BALLOTS_ISSUED', 'ISSUANCE_REFUSED_ALREADY_ISSUED')");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
