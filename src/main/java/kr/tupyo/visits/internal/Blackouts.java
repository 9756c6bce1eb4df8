package kr.tupyo.visits.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Days the commission receives nobody (early voting, election days) and officials' absences. */
@Repository
public class Blackouts {

    public record Blackout(UUID id, LocalDate from, LocalDate until, String reasonEn, String reasonKo) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(until);
        }
    }

    public record Absence(UUID officialId, Instant from, Instant to, String reason) {
    }

    private final JdbcClient jdbc;

    Blackouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Blackout> all() {
        return jdbc.sql("SELECT id, lower(during) AS f, upper(during) AS u, reason_en, reason_ko FROM visit_blackouts ORDER BY lower(during)")
                .query((rs, n) -> new Blackout(rs.getObject("id", UUID.class), rs.getObject("f", LocalDate.class),
                        rs.getObject("u", LocalDate.class), rs.getString("reason_en"), rs.getString("reason_ko")))
                .list();
    }

    public UUID add(LocalDate from, LocalDate toInclusive, String reasonEn, String reasonKo) {
        return jdbc.sql("INSERT INTO visit_blackouts (during, reason_en, reason_ko) VALUES (daterange(?, ?, '[]'), ?, ?) RETURNING id")
                .params(from, toInclusive, reasonEn, reasonKo).query(UUID.class).single();
    }

    public List<Absence> absencesBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT official_id, lower(during) AS f, upper(during) AS u, reason FROM visit_official_absences
                WHERE during && tstzrange(?, ?, '[)')""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Absence(rs.getObject("official_id", UUID.class), rs.getTimestamp("f").toInstant(),
                        rs.getTimestamp("u").toInstant(), rs.getString("reason")))
                .list();
    }

    public UUID addAbsence(UUID officialId, Instant from, Instant to, String reason) {
        return jdbc.sql("INSERT INTO visit_official_absences (official_id, during, reason) VALUES (?, tstzrange(?, ?, '[)'), ?) RETURNING id")
                .params(officialId, Timestamp.from(from), Timestamp.from(to), reason).query(UUID.class).single();
    }
}
