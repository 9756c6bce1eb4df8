package kr.tupyo.election;

import java.time.LocalDate;
import java.util.Objects;
import kr.tupyo.registry.DisqualificationKind;

/**
 * A disqualification notice as the eligibility rules need it.
 *
 * @param until last day in force, or null when open-ended
 */
public record Disqualification(DisqualificationKind kind, LocalDate from, LocalDate until) {

    public Disqualification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a disqualification ends on or after it starts");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
