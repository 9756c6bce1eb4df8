package kr.tupyo.identity.internal;

import kr.tupyo.identity.IdentityError;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.ProblemException;

/** Station staff must name their station; nobody else may. Returns the normalised station code. */
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
}
