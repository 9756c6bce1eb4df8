package kr.tupyo.roll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roll_objections} rows. */
@Repository
public class Objections {

    private final JdbcClient jdbc;

    Objections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ElectionId election, ObjectionKind kind, byte[] rrnLookup, String rrnMasked, String claim, String filedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO roll_objections (id, election_id, kind, rrn_lookup, rrn_masked, claim, filed_by, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(id, election.value(), kind.name(), rrnLookup, rrnMasked, claim.strip(), filedBy).update();
        return id;
    }

    public List<Objection> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM roll_objections WHERE election_id = ? ORDER BY filed_at, id")
                .param(election.value()).query(Objections::objection).list();
    }

    public Optional<Objection> find(ElectionId election, UUID id) {
        return jdbc.sql("SELECT * FROM roll_objections WHERE election_id = ? AND id = ?").params(election.value(), id)
                .query(Objections::objection).optional();
    }

    Optional<byte[]> lookupOf(UUID id) {
        return jdbc.sql("SELECT rrn_lookup FROM roll_objections WHERE id = ?").param(id).query(byte[].class).optional();
    }

    public long pending(ElectionId election) {
        return jdbc.sql("SELECT count(*) FROM roll_objections WHERE election_id = ? AND status = 'PENDING'")
                .param(election.value()).query(Long.class).single();
    }

    void decide(UUID id, boolean accepted, String decision, String by) {
        jdbc.sql("""
                UPDATE roll_objections SET status = ?, decision = ?, decided_by = ?, decided_at = now()
                WHERE id = ? AND status = 'PENDING'""").params(accepted ? "ACCEPTED" : "REJECTED", decision.strip(), by, id)
                .update();
    }

    private static Objection objection(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Objection(rs.getObject("id", UUID.class), new ElectionId(rs.getObject("election_id", UUID.class)),
                ObjectionKind.valueOf(rs.getString("kind")), rs.getString("rrn_masked"), rs.getString("claim"),
                rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant(), rs.getString("status"),
                rs.getString("decision"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
