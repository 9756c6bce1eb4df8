package kr.tupyo.experience.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code xp_identifications} table: every answer the kiosk gave. */
@Repository
class DemoIdentifications {

    private final JdbcClient jdbc;

    DemoIdentifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(UUID id, UUID session, DemoStation station, Integer voterSeq, String status, Instant at) {
    }

    void insert(Stored s) {
        jdbc.sql("INSERT INTO xp_identifications (id, session_id, station, voter_seq, status, identified_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.session(), s.station().name(), s.voterSeq(), s.status(), Timestamp.from(s.at()))
                .update();
    }

    Optional<Stored> find(UUID session, UUID id) {
        return jdbc.sql("SELECT * FROM xp_identifications WHERE session_id = ? AND id = ?").params(session, id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                        DemoStation.valueOf(rs.getString("station")), (Integer) rs.getObject("voter_seq"),
                        rs.getString("status"), rs.getTimestamp("identified_at").toInstant()))
                .optional();
    }

    /** The latest answers, newest first, with the voter's masked number (for the server screen). */
    List<SessionStats.Recent> latest(UUID session, int limit) {
        return jdbc.sql("""
                SELECT i.identified_at, i.station, i.status, v.number_masked
                FROM xp_identifications i LEFT JOIN xp_voters v ON v.session_id = i.session_id AND v.seq = i.voter_seq
                WHERE i.session_id = ? ORDER BY i.identified_at DESC, i.id LIMIT ?""")
                .params(session, limit)
                .query((rs, n) -> new SessionStats.Recent(rs.getTimestamp("identified_at").toInstant(),
                        rs.getString("station"), rs.getString("status"), rs.getString("number_masked")))
                .list();
    }

    /** Wipes the session's answers (and with them, by cascade, its issuances and refusals); answers how many. */
    int deleteOf(UUID session) {
        return jdbc.sql("DELETE FROM xp_identifications WHERE session_id = ?").param(session).update();
    }
}
