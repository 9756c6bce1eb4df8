package kr.tupyo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** Tampering directly in the database is found, at the row that was touched. */
@TupyoIntegrationTest
// Breaks the chain on purpose: each test gets its own database, and none is shared afterwards.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class AuditChainIT {

    @Autowired
    ApiClient api;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void verificationFindsTheAlteredRowAndTheApplicationCannotAlterIt() {
        for (int i = 0; i < 5; i++) {
            audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "entry-" + i, AuditOutcome.SUCCESS, java.util.Map.of("i", "" + i));
        }
        String observer = api.tokenFor(Role.OBSERVER);
        var intact = api.get("/api/v1/audit/verify", observer);
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().path("intact").asBoolean()).as(intact.toString()).isTrue();

        long target = jdbc.sql("SELECT seq FROM audit_log WHERE target = 'entry-2'").query(Long.class).single();

        // the application's own connection cannot change history
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?").param(target).update())
                .rootCause().hasMessageContaining("append-only");

        // someone with the power to drop the guard does it anyway
        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change").update();
        jdbc.sql("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?").param(target).update();
        jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change").update();

        var broken = api.get("/api/v1/audit/verify", observer);
        assertThat(broken.json().path("intact").asBoolean()).isFalse();
        assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(target);
        assertThat(broken.json().path("problem").asString()).contains("altered");
    }

    @Test
    void removingTheNewestEntriesIsFoundToo() {
        audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "tail-1", AuditOutcome.SUCCESS, java.util.Map.of());
        audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "tail-2", AuditOutcome.SUCCESS, java.util.Map.of());
        ((AuditEntries) audit).chainPending();
        long last = jdbc.sql("SELECT max(seq) FROM audit_log").query(Long.class).single();
        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change").update();
        jdbc.sql("DELETE FROM audit_log WHERE seq = ?").param(last).update();
        jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change").update();
        AuditVerification result = ((AuditEntries) audit).verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(last);
        assertThat(result.problem()).contains("missing");
    }
}
