package kr.tupyo.election.internal;

import java.util.List;
import kr.tupyo.election.Election;

/** How an administrator's calendar edit ended. */
public sealed interface CalendarEditResult {

    record Edited(Election election, List<CalendarChange> changes) implements CalendarEditResult {
    }

    record ElectionMissing() implements CalendarEditResult {
    }

    record ReasonMissing() implements CalendarEditResult {
    }

    record InvalidValue(CalendarField field, String value) implements CalendarEditResult {
    }

    record OrderBroken(String rule) implements CalendarEditResult {
    }
}
