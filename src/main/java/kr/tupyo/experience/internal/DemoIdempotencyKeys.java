package kr.tupyo.experience.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Demo issuance requests' Idempotency-Keys, per session, as early voting keeps them: the key row is
 * inserted in the issuing transaction, so a concurrent retry waits for the first attempt's outcome.
 */
@Repository
class DemoIdempotencyKeys {

    private final JdbcClient jdbc;

    DemoIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Claimed(UUID identificationId, String outcome, UUID issuanceId) {
    }

    /** True when this request is the first with the key. */
    boolean claim(UUID session, String key, UUID identificationId, Instant at) {
        return jdbc.sql("""
                INSERT INTO xp_idempotency_keys (session_id, idempotency_key, identification_id, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(session, key, identificationId, Timestamp.from(at)).update() == 1;
    }

    Optional<Claimed> find(UUID session, String key) {
        return jdbc.sql("SELECT identification_id, outcome, issuance_id FROM xp_idempotency_keys WHERE session_id = ? AND idempotency_key = ?")
                .params(session, key)
                .query((rs, n) -> new Claimed(rs.getObject("identification_id", UUID.class), rs.getString("outcome"),
                        rs.getObject("issuance_id", UUID.class)))
                .optional();
    }

    void settle(UUID session, String key, String outcome, UUID issuanceId) {
        jdbc.sql("UPDATE xp_idempotency_keys SET outcome = ?, issuance_id = ? WHERE session_id = ? AND idempotency_key = ?")
                .params(outcome, issuanceId, session, key).update();
    }

    int deleteOf(UUID session) {
        return jdbc.sql("DELETE FROM xp_idempotency_keys WHERE session_id = ?").param(session).update();
    }
}
