package kr.tupyo.election.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.tupyo.election.AreaCode;
import kr.tupyo.registry.Division;
import kr.tupyo.registry.Divisions;
import org.springframework.stereotype.Component;

/**
 * The division table in force on an election's day, through the registry's published
 * {@link Divisions}. When no table is in force on that day, nothing can be checked against it:
 * precinct files are then checked for internal consistency only (docs/decisions/043).
 */
@Component
class KnownDivisions {

    private final Divisions divisions;

    KnownDivisions(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The 읍면동 in force on the day, ordered by code; empty when no table is in force. */
    Optional<List<Division>> emds(LocalDate onDate) {
        return divisions.versionInForce(onDate).map(v -> divisions.allEmds(onDate));
    }

    /** Every 시도, 시군구 and 읍면동 code in force on the day; empty when no table is in force. */
    Optional<Set<String>> areaCodes(LocalDate onDate) {
        return emds(onDate).map(list -> {
            Set<String> codes = new HashSet<>();
            for (Division d : list) {
                codes.add(d.emdCode());
                codes.add(d.sggCode());
                codes.add(d.sidoCode());
            }
            return codes;
        });
    }

    /** The areas not in the table in force on the day (none when no table is in force). */
    List<AreaCode> unknown(List<AreaCode> areas, LocalDate onDate) {
        return areaCodes(onDate).map(codes -> areas.stream().filter(a -> !codes.contains(a.value())).toList())
                .orElse(List.of());
    }
}
