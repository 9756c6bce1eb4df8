package kr.tupyo.identity.internal;

import java.time.Instant;
import kr.tupyo.identity.Role;

/** A staff account as stored (without its password hash); precinct officials carry their precinct. */
public record Account(String username, String displayName, Role role, String stationCode, Long precinctId,
                      boolean enabled, Instant createdAt) {
}
