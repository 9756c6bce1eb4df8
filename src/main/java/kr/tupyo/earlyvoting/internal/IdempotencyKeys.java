package kr.tupyo.earlyvoting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issuance requests' Idempotency-Keys, per station, in the database so that a retry reaching another
 * instance gets the same answer. The key row is inserted in the issuing transaction: a concurrent
 * retry blocks on it until the first attempt commits (then reads its outcome) or rolls back (then
 * proceeds itself).
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request is the first with the key. */
    boolean claim(StationCode station, String key, UUID identificationId, Instant at) {
        return jdbc.sql("""
                INSERT INTO ev_idempotency_keys (station_code, idempotency_key, identification_id, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(station.value(), key, identificationId, Timestamp.from(at)).update() == 1;
    }

    Optional<Claimed> find(StationCode station, String key) {
        return jdbc.sql("SELECT identification_id, outcome, issuance_id FROM ev_idempotency_keys WHERE station_code = ? AND idempotency_key = ?")
                .params(station.value(), key)
                .query((rs, n) -> new Claimed(rs.getObject("identification_id", UUID.class), rs.getString("outcome"),
                        rs.getObject("issuance_id", UUID.class)))
                .optional();
    }

    void settle(StationCode station, String key, String outcome, UUID issuanceId) {
        jdbc.sql("UPDATE ev_idempotency_keys SET outcome = ?, issuance_id = ? WHERE station_code = ? AND idempotency_key = ?")
                .params(outcome, issuanceId, station.value(), key).update();
    }

    record Claimed(UUID identificationId, String outcome, UUID issuanceId) {
    }
}
