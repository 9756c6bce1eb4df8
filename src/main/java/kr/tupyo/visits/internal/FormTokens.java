package kr.tupyo.visits.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.tupyo.platform.PersonalDataProtection;
import org.springframework.stereotype.Component;

/**
 * The public form's time-to-fill check. The form carries "issued-at.keyed-hash"; a submission sooner
 * than {@link #MIN_FILL} after the form was served (a script) or later than {@link #MAX_AGE} is
 * refused. Stateless and keyed with the installation's key, so any instance can verify any token.
 */
@Component
public class FormTokens {

    public static final Duration MIN_FILL = Duration.ofSeconds(3);
    public static final Duration MAX_AGE = Duration.ofHours(3);

    public enum Check { FRESH, TOO_FAST, EXPIRED, FORGED }

    private final PersonalDataProtection keys;
    private final Clock clock;

    FormTokens(PersonalDataProtection keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public String issue() {
        return issue(clock.instant());
    }

    /** Visible for tests, which cannot wait for a form to age. */
    public String issue(Instant at) {
        long seconds = at.getEpochSecond();
        return seconds + "." + keys.lookupHashHex("visit-form|" + seconds);
    }

    public Check check(String token) {
        if (token == null || !token.matches("\\d{1,12}\\.[0-9a-f]{64}")) {
            return Check.FORGED;
        }
        String[] parts = token.split("\\.");
        long seconds = Long.parseLong(parts[0]);
        byte[] expected = keys.lookupHashHex("visit-form|" + seconds).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Check.FORGED;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant());
        if (age.compareTo(MIN_FILL) < 0) {
            return Check.TOO_FAST;
        }
        return age.compareTo(MAX_AGE) > 0 ? Check.EXPIRED : Check.FRESH;
    }
}
