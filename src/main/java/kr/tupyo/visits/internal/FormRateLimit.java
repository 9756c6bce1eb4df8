package kr.tupyo.visits.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import kr.tupyo.platform.PersonalDataProtection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@link #LIMIT} public requests per address per {@link #WINDOW}, counted in the database
 * (every instance sees the same count). The address is kept only as a keyed hash, and only a day.
 */
@Component
public class FormRateLimit {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final PersonalDataProtection keys;
    private final Clock clock;

    FormRateLimit(JdbcClient jdbc, PersonalDataProtection keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Counts this submission; false when the address has used up its allowance. Call inside a transaction. */
    public boolean admit(String address) {
        String hash = keys.lookupHashHex("visit-form-address|" + address);
        // Serialises submissions from one address across instances, so the count cannot be raced.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(hash).query((rs, n) -> 1).list();
        var now = clock.instant();
        jdbc.sql("DELETE FROM visit_form_submissions WHERE submitted_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        int recent = jdbc.sql("SELECT count(*) FROM visit_form_submissions WHERE address_hash = ? AND submitted_at > ?")
                .params(hash, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
        if (recent >= LIMIT) {
            return false;
        }
        jdbc.sql("INSERT INTO visit_form_submissions (address_hash, submitted_at) VALUES (?, ?)")
                .params(hash, Timestamp.from(now)).update();
        return true;
    }
}
