package kr.tupyo.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a signed-in person or an API token acting for a role (and, for station staff, for
 * one station). Other modules read the caller's station from here to refuse acting for another one.
 *
 * @param name        the account's username, or {@code token:<name>} for an API token
 * @param role        the role granted
 * @param stationCode the station a station-bound caller acts for, else null
 */
public record StaffPrincipal(String name, Role role, String stationCode)
        implements java.security.Principal, java.io.Serializable {

    /**
     * The username: what {@code Authentication.getName()} returns for a form sign-in (page header,
     * audit actor, token creator); without it Spring Security would use {@code toString()}.
     */
    @Override
    public String getName() {
        return name;
    }

    public static Optional<StaffPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /**
     * Refuses (403 {@code OTHER_STATION}) a station-bound caller acting for another station; anyone
     * else may act for any station their role allows.
     */
    public void requireMayActFor(String station) {
        if (!mayActFor(station)) {
            throw new kr.tupyo.platform.ProblemException(IdentityError.OTHER_STATION, stationCode);
        }
    }

    /** True when this caller may act for the given station: station staff only for their own. */
    public boolean mayActFor(String station) {
        return !role.isStationBound() || station.equals(stationCode);
    }
}
