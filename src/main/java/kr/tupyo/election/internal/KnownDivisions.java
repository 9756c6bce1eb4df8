package kr.tupyo.election.internal;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The 읍면동 codes of the division table, to check precinct files and districts against.
 * TODO(registry): read them through {@code kr.tupyo.registry.Divisions} once that module has landed;
 * until then no table is known and files are checked for internal consistency only.
 */
@Component
class KnownDivisions {

    /** Empty when no division table is loaded (then every well-formed code is accepted). */
    Optional<Set<String>> emdCodes() {
        return Optional.empty();
    }
}
