package kr.tupyo.turnout.web;

import java.time.Duration;
import kr.tupyo.turnout.internal.Boundaries;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers for the open-data API: public, short max-age, and a strong ETag from the body's SHA-256 so
 * that every instance gives the same tag for the same figures. Spring answers 304 by itself when the
 * caller's If-None-Match matches (HttpEntityMethodProcessor).
 */
final class Cacheable {

    private Cacheable() {
    }

    static <T> ResponseEntity<T> json(T body, Duration maxAge, JsonMapper json) {
        String tag = "\"" + Boundaries.sha256Of(json.writeValueAsBytes(body)).substring(0, 32) + "\"";
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(maxAge).cachePublic()).eTag(tag).body(body);
    }
}
