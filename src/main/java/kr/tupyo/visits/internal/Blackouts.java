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

    public record Absence(UUID id, UUID officialId, Instant from, Instant to, String reason) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Absence> ABSENCE = (rs, n) -> new Absence(
            rs.getObject("id", UUID.class), rs.getObject("official_id", UUID.class), rs.getTimestamp("f").toInstant(),
            rs.getTimestamp("u").toInstant(), rs.getString("reason"));
    private static final org.springframework.jdbc.core.RowMapper<Blackout> BLACKOUT = (rs, n) -> new Blackout(
            rs.getObject("id", UUID.class), rs.getObject("f", LocalDate.class), rs.getObject("u", LocalDate.class),
            rs.getString("reason_en"), rs.getString("reason_ko"));

    private final JdbcClient jdbc;

    Blackouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Blackout> all() {
        return jdbc.sql("SELECT id, lower(during) AS f, upper(during) AS u, reason_en, reason_ko FROM visit_blackouts ORDER BY lower(during)")
                .query(BLACKOUT).list();
    }

    public java.util.Optional<Blackout> find(UUID id) {
        return jdbc.sql("SELECT id, lower(during) AS f, upper(during) AS u, reason_en, reason_ko FROM visit_blackouts WHERE id = ?")
                .param(id).query(BLACKOUT).optional();
    }

    boolean update(UUID id, LocalDate from, LocalDate toInclusive, String reasonEn, String reasonKo) {
        return jdbc.sql("UPDATE visit_blackouts SET during = daterange(?, ?, '[]'), reason_en = ?, reason_ko = ? WHERE id = ?")
                .params(from, toInclusive, reasonEn, reasonKo, id).update() == 1;
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM visit_blackouts WHERE id = ?").param(id).update() == 1;
    }

    /** Every official's absences that have not ended yet, by start. */
    public List<Absence> absencesFrom(Instant now) {
        return jdbc.sql("""
                SELECT id, official_id, lower(during) AS f, upper(during) AS u, reason FROM visit_official_absences
                WHERE upper(during) > ? ORDER BY lower(during)""")
                .param(Timestamp.from(now)).query(ABSENCE).list();
    }

    boolean removeAbsence(UUID officialId, UUID absenceId) {
        return jdbc.sql("DELETE FROM visit_official_absences WHERE id = ? AND official_id = ?")
                .params(absenceId, officialId).update() == 1;
    }

    UUID add(LocalDate from, LocalDate toInclusive, String reasonEn, String reasonKo) {
        return jdbc.sql("INSERT INTO visit_blackouts (during, reason_en, reason_ko) VALUES (daterange(?, ?, '[]'), ?, ?) RETURNING id")
                .params(from, toInclusive, reasonEn, reasonKo).query(UUID.class).single();
    }

    public List<Absence> absencesBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT id, official_id, lower(during) AS f, upper(during) AS u, reason FROM visit_official_absences
                WHERE during && tstzrange(?, ?, '[)')""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(ABSENCE).list();
    }

    UUID addAbsence(UUID officialId, Instant from, Instant to, String reason) {
        return jdbc.sql("INSERT INTO visit_official_absences (official_id, during, reason) VALUES (?, tstzrange(?, ?, '[)'), ?) RETURNING id")
                .params(officialId, Timestamp.from(from), Timestamp.from(to), reason).query(UUID.class).single();
    }
}
