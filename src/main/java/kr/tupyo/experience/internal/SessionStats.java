package kr.tupyo.experience.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the integrated-voters-list "server" screen of the room shows: the session's answers and
 * issuances as they happen.
 *
 * @param identified         identifications answered (any status)
 * @param refusedDuplicates  second attempts turned down: identifications answered ALREADY_ISSUED, and issuances
 *                           refused by the database after an ELIGIBLE answer (the other station was faster)
 */
public record SessionStats(UUID session, String status, int voters, long identified, long issuedInDistrict,
                           long issuedOutOfDistrict, long refusedDuplicates, long notOnList, long blocked,
                           List<Recent> latest) {

    /** One recent answer: when, where, what, and the voter's masked demo number (none when not on the list). */
    public record Recent(Instant at, String station, String status, String numberMasked) {
    }

    public long issued() {
        return issuedInDistrict + issuedOutOfDistrict;
    }

    /** Reads the counts in one statement. */
    @Component
    public static class Reader {

        private final JdbcClient jdbc;
        private final DemoIdentifications identifications;

        Reader(JdbcClient jdbc, DemoIdentifications identifications) {
            this.jdbc = jdbc;
            this.identifications = identifications;
        }

        public SessionStats of(DemoSession session) {
            UUID id = session.id();
            return jdbc.sql("""
                    SELECT (SELECT count(*) FROM xp_voters WHERE session_id = :s) AS voters,
                           (SELECT count(*) FROM xp_identifications WHERE session_id = :s) AS identified,
                           (SELECT count(*) FROM xp_issuances WHERE session_id = :s AND in_district) AS issued_in,
                           (SELECT count(*) FROM xp_issuances WHERE session_id = :s AND NOT in_district) AS issued_out,
                           (SELECT count(*) FROM (SELECT id FROM xp_identifications WHERE session_id = :s AND status = 'ALREADY_ISSUED'
                                                  UNION SELECT identification_id FROM xp_refusals WHERE session_id = :s) d) AS refused,
                           (SELECT count(*) FROM xp_identifications WHERE session_id = :s AND status = 'NOT_ON_LIST') AS not_on_list,
                           (SELECT count(*) FROM xp_identifications WHERE session_id = :s AND status = 'BLOCKED') AS blocked""")
                    .param("s", id)
                    .query((rs, n) -> new SessionStats(id, session.status(), rs.getInt("voters"), rs.getLong("identified"),
                            rs.getLong("issued_in"), rs.getLong("issued_out"), rs.getLong("refused"),
                            rs.getLong("not_on_list"), rs.getLong("blocked"), identifications.latest(id, 8)))
                    .single();
        }
    }
}
