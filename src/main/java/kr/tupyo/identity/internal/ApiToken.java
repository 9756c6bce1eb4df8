package kr.tupyo.identity.internal;

import java.time.Instant;
import java.util.UUID;
import kr.tupyo.identity.Role;

/** An API token as listed (the secret itself is never stored). */
public record ApiToken(UUID id, String name, Role role, String stationCode, Long precinctId, String createdBy,
                       Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
