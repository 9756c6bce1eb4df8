package kr.tupyo.experience.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code xp_sessions} table. */
@Repository
class DemoSessions {

    private static final String COLUMNS = "id, scenario, title, language, guests, visit_id, owner, status, created_at, closed_at, resets";

    private final JdbcClient jdbc;

    DemoSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DemoSession s) {
        jdbc.sql("INSERT INTO xp_sessions (id, scenario, title, language, guests, visit_id, owner, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(s.id(), s.scenario().name(), s.title(), s.language(), s.guests(), s.visitId(), s.owner(),
                        Timestamp.from(s.createdAt()))
                .update();
    }

    Optional<DemoSession> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM xp_sessions WHERE id = ?").param(id).query(DemoSessions::map).optional();
    }

    /** Takes the session's row lock: a reset or close waits for issuances in flight, and they for it. */
    Optional<DemoSession> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM xp_sessions WHERE id = ? FOR UPDATE").param(id)
                .query(DemoSessions::map).optional();
    }

    /** Takes a shared lock on the session's row, so that a reset or close cannot run at the same time. */
    Optional<DemoSession> share(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM xp_sessions WHERE id = ? FOR SHARE").param(id)
                .query(DemoSessions::map).optional();
    }

    List<DemoSession> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM xp_sessions ORDER BY created_at DESC LIMIT ?").param(limit)
                .query(DemoSessions::map).list();
    }

    List<DemoSession> ofVisit(UUID visitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM xp_sessions WHERE visit_id = ? ORDER BY created_at DESC").param(visitId)
                .query(DemoSessions::map).list();
    }

    void close(UUID id, Instant at) {
        jdbc.sql("UPDATE xp_sessions SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(at), id).update();
    }

    void countReset(UUID id) {
        jdbc.sql("UPDATE xp_sessions SET resets = resets + 1 WHERE id = ?").param(id).update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM xp_sessions WHERE id = ?").param(id).update() == 1;
    }

    /** Deletes sessions created before {@code before} with everything in them; answers how many. */
    int deleteCreatedBefore(Instant before) {
        return jdbc.sql("DELETE FROM xp_sessions WHERE created_at < ?").param(Timestamp.from(before)).update();
    }

    private static DemoSession map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new DemoSession(rs.getObject("id", UUID.class), Scenario.valueOf(rs.getString("scenario")),
                rs.getString("title"), rs.getString("language"), rs.getInt("guests"),
                rs.getObject("visit_id", UUID.class), rs.getString("owner"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant(), rs.getInt("resets"));
    }
}
