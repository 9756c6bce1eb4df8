package kr.tupyo.identity.internal;

import java.time.Instant;
import kr.tupyo.identity.Role;

/** A staff account as stored (without its password hash). */
public record Account(String username, String displayName, Role role, String stationCode, boolean enabled,
                      Instant createdAt) {
}
