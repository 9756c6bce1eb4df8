package kr.tupyo.experience.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code xp_issuances} table, where the unique key {@code (session_id, voter_seq)} decides that a
 * demo voter gets ballots once, and {@code xp_refusals}, the attempts it turned down.
 */
@Repository
class DemoIssuances {

    private final JdbcClient jdbc;

    DemoIssuances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when this is the voter's issuance; false when the voter has one already. A concurrent insert
     * for the same voter waits on the unique key until the first commits, then inserts nothing.
     */
    boolean insertOnce(DemoIssuance i) {
        return jdbc.sql("""
                INSERT INTO xp_issuances (id, session_id, voter_seq, identification_id, station, in_district, envelope_code, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT xp_issuances_once_per_voter DO NOTHING""")
                .params(i.id(), i.session(), i.voterSeq(), i.identificationId(), i.station().name(), i.inDistrict(),
                        i.envelopeCode(), Timestamp.from(i.issuedAt()))
                .update() == 1;
    }

    Optional<DemoIssuance> ofVoter(UUID session, int seq) {
        return jdbc.sql("SELECT * FROM xp_issuances WHERE session_id = ? AND voter_seq = ?").params(session, seq)
                .query(DemoIssuances::map).optional();
    }

    Optional<DemoIssuance> find(UUID session, UUID id) {
        return jdbc.sql("SELECT * FROM xp_issuances WHERE session_id = ? AND id = ?").params(session, id)
                .query(DemoIssuances::map).optional();
    }

    void refused(UUID session, UUID identificationId, int seq, DemoStation station, Instant at) {
        jdbc.sql("INSERT INTO xp_refusals (id, session_id, identification_id, voter_seq, station, refused_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), session, identificationId, seq, station.name(), Timestamp.from(at)).update();
    }

    int countOf(UUID session) {
        return jdbc.sql("SELECT count(*) FROM xp_issuances WHERE session_id = ?").param(session).query(Integer.class).single();
    }

    private static DemoIssuance map(ResultSet rs, int n) throws SQLException {
        return new DemoIssuance(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getInt("voter_seq"), rs.getObject("identification_id", UUID.class),
                DemoStation.valueOf(rs.getString("station")), rs.getBoolean("in_district"),
                rs.getString("envelope_code"), rs.getTimestamp("issued_at").toInstant());
    }
}
