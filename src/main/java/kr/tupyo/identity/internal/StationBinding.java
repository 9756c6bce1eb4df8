package kr.tupyo.identity.internal;

import kr.tupyo.identity.IdentityError;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.ProblemException;

/**
 * Station staff must name their station and precinct officials their precinct; nobody else may name
 * either. Returns the normalised station code.
 */
final class StationBinding {

    private StationBinding() {
    }

    static String check(Role role, String stationCode) {
        boolean given = stationCode != null && !stationCode.isBlank();
        if (role.isStationBound() && !given) {
            throw new ProblemException(IdentityError.STATION_REQUIRED, role.name());
        }
        if (!role.isStationBound() && given) {
            throw new ProblemException(IdentityError.STATION_NOT_APPLICABLE, role.name());
        }
        return given ? stationCode.strip() : null;
    }

    /** The precinct a precinct official is bound to (a positive precinct id), null for everyone else. */
    static Long checkPrecinct(Role role, Long precinctId) {
        if (role.isPrecinctBound() && (precinctId == null || precinctId <= 0)) {
            throw new ProblemException(IdentityError.PRECINCT_REQUIRED, role.name());
        }
        if (!role.isPrecinctBound() && precinctId != null) {
            throw new ProblemException(IdentityError.PRECINCT_NOT_APPLICABLE, role.name());
        }
        return precinctId;
    }
}
