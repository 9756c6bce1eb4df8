package kr.tupyo.visits.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scheduled visits that a change of reference data would touch, for refusals and warnings. */
@Repository
public class AffectedVisits {

    /**
     * A scheduled visit, as a refusal or warning lists it (the organisation, never a guest's name).
     * Serializable: a page carries the list to the next page in the (JDBC) session's flash attributes.
     */
    public record AffectedVisit(UUID id, String organisation, LocalDateTime startsAt, int delegationSize)
            implements java.io.Serializable {
    }

    private static final RowMapper<AffectedVisit> ROW = (rs, n) -> new AffectedVisit(rs.getObject("id", UUID.class),
            rs.getString("organisation"), LocalDateTime.ofInstant(rs.getTimestamp("starts_at").toInstant(), KoreaTime.ZONE),
            rs.getInt("delegation_size"));

    private final JdbcClient jdbc;

    AffectedVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accepted visits holding the resource after {@code now}, bigger than {@code moreThan} guests. */
    List<AffectedVisit> holding(String resource, Instant now, int moreThan) {
        return jdbc.sql("""
                SELECT DISTINCT v.id, v.organisation, v.starts_at, v.delegation_size
                FROM visit_bookings b JOIN visits v ON v.id = b.visit_id
                WHERE b.resource = ? AND upper(b.during) > ? AND v.status = 'ACCEPTED' AND v.delegation_size > ?
                ORDER BY v.starts_at, v.id""")
                .params(resource, Timestamp.from(now), moreThan).query(ROW).list();
    }

    /** Accepted visits scheduled on one of the days (Korea time), both included. */
    List<AffectedVisit> scheduledBetween(LocalDate from, LocalDate toInclusive) {
        return jdbc.sql("""
                SELECT id, organisation, starts_at, delegation_size FROM visits
                WHERE status = 'ACCEPTED' AND starts_at IS NOT NULL
                  AND (starts_at AT TIME ZONE 'Asia/Seoul')::date BETWEEN ? AND ?
                ORDER BY starts_at, id""")
                .params(from, toInclusive).query(ROW).list();
    }

    static String ids(List<AffectedVisit> visits) {
        return String.join(",", visits.stream().map(v -> v.id().toString()).toList());
    }
}
