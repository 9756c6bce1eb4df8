package kr.tupyo.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.identity.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The API tokens table, keyed by the SHA-256 of the secret. */
@Repository
class ApiTokens {

    private static final RowMapper<ApiToken> TOKEN = (rs, n) -> new ApiToken(rs.getObject("id", UUID.class),
            rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("station_code"),
            rs.getObject("precinct_id", Long.class), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
            instant(rs.getTimestamp("last_used_at")));

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, byte[] hash, Role role, String stationCode, Long precinctId, String createdBy) {
        jdbc.sql("""
                INSERT INTO api_tokens (id, name, token_hash, role, station_code, precinct_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, hash, role.name(), stationCode, precinctId, createdBy).update();
    }

    Optional<ApiToken> findActiveByHash(byte[] hash) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash).query(TOKEN).optional();
    }

    /**
     * Records use at most once a minute per token, so busy terminals do not write on every request (and
     * only when the token is read from the database: a kept token is read once per
     * {@link AuthenticatedTokens#KEEP}).
     */
    void touch(UUID id) {
        jdbc.sql("""
                UPDATE api_tokens SET last_used_at = now()
                WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
                .param(id).update();
    }

    /** The hashes of the tokens revoked within the last {@code window} (by the database's clock). */
    List<byte[]> revokedSince(java.time.Duration window) {
        return jdbc.sql("SELECT token_hash FROM api_tokens WHERE revoked_at > now() - make_interval(secs => ?)")
                .param((double) window.toSeconds()).query(byte[].class).list();
    }

    List<ApiToken> all() {
        return jdbc.sql("SELECT * FROM api_tokens ORDER BY created_at DESC").query(TOKEN).list();
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = ?").param(id).query(TOKEN).optional();
    }

    boolean revoke(UUID id) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")
                .param(id).update() == 1;
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
