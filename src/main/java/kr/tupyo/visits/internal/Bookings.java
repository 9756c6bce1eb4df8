package kr.tupyo.visits.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Held officials and rooms. Overlaps for one resource are refused by the table's exclusion constraint. */
@Repository
public class Bookings {

    private static final RowMapper<Booking> BOOKING = (rs, n) -> new Booking(rs.getObject("visit_id", UUID.class),
            rs.getObject("item_id", UUID.class), rs.getString("resource"),
            rs.getTimestamp("from_at").toInstant(), rs.getTimestamp("to_at").toInstant());
    private static final String SELECT = "SELECT visit_id, item_id, resource, lower(during) AS from_at, "
            + "upper(during) AS to_at FROM visit_bookings ";

    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Booking b) {
        jdbc.sql("INSERT INTO visit_bookings (visit_id, item_id, resource, during) VALUES (?, ?, ?, tstzrange(?, ?, '[)'))")
                .params(b.visitId(), b.itemId(), b.resource(), Timestamp.from(b.from()), Timestamp.from(b.to()))
                .update();
    }

    /** Frees everything a visit holds and forgets its start time. */
    void release(UUID visitId) {
        jdbc.sql("DELETE FROM visit_bookings WHERE visit_id = ?").param(visitId).update();
        jdbc.sql("UPDATE visits SET starts_at = NULL WHERE id = ?").param(visitId).update();
    }

    /** Other visits' bookings that touch the window, for checking a whole range of starts at once. */
    List<Booking> othersBetween(UUID visitId, Instant from, Instant to) {
        return jdbc.sql(SELECT + "WHERE visit_id <> ? AND during && tstzrange(?, ?, '[)') ORDER BY lower(during)")
                .params(visitId, Timestamp.from(from), Timestamp.from(to)).query(BOOKING).list();
    }

    public List<Booking> of(UUID visitId) {
        return jdbc.sql(SELECT + "WHERE visit_id = ? ORDER BY lower(during)").param(visitId).query(BOOKING).list();
    }

    public List<Booking> ofResource(String resource) {
        return jdbc.sql(SELECT + "WHERE resource = ? ORDER BY lower(during)").param(resource).query(BOOKING).list();
    }
}
