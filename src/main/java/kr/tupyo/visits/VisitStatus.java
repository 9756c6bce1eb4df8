package kr.tupyo.visits;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a visit stands. A request is triaged (accepted, declined with a reason, or answered with a
 * counter-proposal of dates, which the partner may then accept); an accepted visit is completed by
 * its report. The table of transitions is data, checked by {@code VisitStatusTest}.
 */
public enum VisitStatus {
    REQUESTED,
    COUNTER_PROPOSED,
    ACCEPTED,
    DECLINED,
    COMPLETED;

    private static final Map<VisitStatus, Set<VisitStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(ACCEPTED, DECLINED, COUNTER_PROPOSED),
            COUNTER_PROPOSED, EnumSet.of(ACCEPTED, DECLINED, COUNTER_PROPOSED),
            ACCEPTED, EnumSet.of(COMPLETED),
            DECLINED, EnumSet.noneOf(VisitStatus.class),
            COMPLETED, EnumSet.noneOf(VisitStatus.class));

    public boolean mayBecome(VisitStatus next) {
        return NEXT.get(this).contains(next);
    }

    public static Set<VisitStatus> next(VisitStatus from) {
        return NEXT.get(from);
    }

    /** Waiting in the triage queue. */
    public boolean awaitsTriage() {
        return this == REQUESTED || this == COUNTER_PROPOSED;
    }
}
