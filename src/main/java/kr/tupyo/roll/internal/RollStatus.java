package kr.tupyo.roll.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a voters list. Not compiled (no list yet) → COMPILED (a draft: re-compiled, inspected,
 * changed by accepted objections) → FINALISED (frozen; corrections are new versions). Inspection is a
 * period of the election calendar, not a state: the draft is open to objections during it.
 */
public enum RollStatus {
    NOT_COMPILED,
    COMPILED,
    FINALISED;

    /** The transitions, as data (tested: every status is in the graph, FINALISED is terminal). */
    static final Map<RollStatus, Set<RollStatus>> TRANSITIONS = Map.of(
            NOT_COMPILED, EnumSet.of(COMPILED),
            COMPILED, EnumSet.of(COMPILED, FINALISED),
            FINALISED, EnumSet.noneOf(RollStatus.class));

    public boolean mayBecome(RollStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** The draft may be changed (compiled again, objections applied). */
    public boolean isDraft() {
        return this != FINALISED;
    }
}
