package kr.tupyo.roll.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a voters list. Not compiled (no list yet) → COMPILED (a draft: re-compiled, inspected,
 * changed by accepted objections) → FINALISING (a finalisation job digests it; nothing may change it) →
 * FINALISED (frozen; corrections are new versions), or back to COMPILED if the job failed. Inspection is a
 * period of the election calendar, not a state: the draft is open to objections during it.
 */
public enum RollStatus {
    NOT_COMPILED,
    COMPILED,
    FINALISING,
    FINALISED;

    /** The transitions, as data (tested: every status is in the graph, FINALISED is terminal). */
    static final Map<RollStatus, Set<RollStatus>> TRANSITIONS = Map.of(
            NOT_COMPILED, EnumSet.of(COMPILED),
            COMPILED, EnumSet.of(COMPILED, FINALISING),
            FINALISING, EnumSet.of(FINALISED, COMPILED),
            FINALISED, EnumSet.noneOf(RollStatus.class));

    public boolean mayBecome(RollStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** The draft may be changed (compiled again, objections applied). */
    public boolean isDraft() {
        return this == NOT_COMPILED || this == COMPILED;
    }
}
