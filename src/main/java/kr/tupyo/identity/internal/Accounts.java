package kr.tupyo.identity.internal;

import java.util.List;
import java.util.Optional;
import kr.tupyo.identity.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff accounts table. */
@Repository
class Accounts {

    private static final RowMapper<Account> ACCOUNT = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("station_code"),
            rs.getObject("precinct_id", Long.class), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the username exists already (the unique constraint decides, not a prior read). */
    boolean insert(String username, String displayName, String passwordHash, Role role, String stationCode,
                   boolean mustChangePassword) {
        return insert(username, displayName, passwordHash, role, stationCode, null, mustChangePassword);
    }

    boolean insert(String username, String displayName, String passwordHash, Role role, String stationCode,
                   Long precinctId, boolean mustChangePassword) {
        return jdbc.sql("""
                INSERT INTO accounts (username, display_name, password_hash, role, station_code, precinct_id,
                                      must_change_password)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
                .params(username, displayName, passwordHash, role.name(), stationCode, precinctId, mustChangePassword)
                .update() == 1;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM accounts WHERE username = ?").param(username).query(ACCOUNT).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE username = ? AND enabled")
                .param(username).query(String.class).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT * FROM accounts ORDER BY username").query(ACCOUNT).list();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts)").query(Boolean.class).single();
    }

    boolean updatePassword(String username, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE username = ?")
                .params(passwordHash, mustChangePassword, username).update() == 1;
    }

    boolean mustChangePassword(String username) {
        return jdbc.sql("SELECT must_change_password FROM accounts WHERE username = ?")
                .param(username).query(Boolean.class).optional().orElse(false);
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE accounts SET enabled = ? WHERE username = ?").params(enabled, username).update() == 1;
    }
}
