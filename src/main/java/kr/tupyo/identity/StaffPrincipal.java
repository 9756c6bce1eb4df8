package kr.tupyo.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a signed-in person or an API token acting for a role (and, for station staff, for
 * one station; for precinct officials, for one precinct). Other modules read the caller's station or
 * precinct from here to refuse acting for another one.
 *
 * @param name        the account's username, or {@code token:<name>} for an API token
 * @param role        the role granted
 * @param stationCode the station a station-bound caller acts for, else null
 * @param precinctId  the precinct (투표구) a precinct-bound caller acts for, else null
 */
public record StaffPrincipal(String name, Role role, String stationCode, Long precinctId)
        implements java.security.Principal, java.io.Serializable {

    /** A caller bound to no precinct. */
    public StaffPrincipal(String name, Role role, String stationCode) {
        this(name, role, stationCode, null);
    }

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

    /**
     * Refuses (403 {@code OTHER_PRECINCT}) a precinct-bound caller acting for another precinct; anyone
     * else may act for any precinct their role allows.
     */
    public void requireMayActForPrecinct(long precinct) {
        if (!mayActForPrecinct(precinct)) {
            throw new kr.tupyo.platform.ProblemException(IdentityError.OTHER_PRECINCT, precinctId);
        }
    }

    /** True when this caller may act for the given precinct: precinct officials only for their own. */
    public boolean mayActForPrecinct(long precinct) {
        return !role.isPrecinctBound() || precinctId != null && precinctId == precinct;
    }
}
