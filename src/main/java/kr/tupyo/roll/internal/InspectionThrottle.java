package kr.tupyo.roll.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Limits public self-lookups per caller, in the database (so that it holds across instances): at most
 * {@link #LIMIT} attempts in {@link #WINDOW}. Only a keyed hash of the caller's address is stored.
 */
@Repository
class InspectionThrottle {

    static final int LIMIT = 10;
    static final String WINDOW = "10 minutes";

    private final JdbcClient jdbc;

    InspectionThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts this attempt; false when the caller is over the limit. */
    boolean attempt(byte[] callerHash) {
        jdbc.sql("DELETE FROM roll_inspection_attempts WHERE attempted_at < now() - interval '1 day'").update();
        long recent = jdbc.sql("""
                SELECT count(*) FROM roll_inspection_attempts
                WHERE caller_hash = ? AND attempted_at > now() - CAST(? AS interval)""")
                .params(callerHash, WINDOW).query(Long.class).single();
        if (recent >= LIMIT) {
            return false;
        }
        jdbc.sql("INSERT INTO roll_inspection_attempts (caller_hash) VALUES (?)").param(callerHash).update();
        return true;
    }
}
