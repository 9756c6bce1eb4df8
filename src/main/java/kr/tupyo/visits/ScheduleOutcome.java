package kr.tupyo.visits;

import java.time.LocalDateTime;
import java.util.List;

/** The answer to "book this visit at that time": booked, or the conflicts and the nearest free starts. */
public sealed interface ScheduleOutcome {

    /**
     * @param warnings stable codes of what did not stop the booking but deserves a look:
     *                 {@value #NO_HOLIDAY_DATA} when no holiday data covers the visit's year
     */
    record Scheduled(LocalDateTime start, LocalDateTime end, int bookings, List<String> warnings)
            implements ScheduleOutcome {
        public static final String NO_HOLIDAY_DATA = "NO_HOLIDAY_DATA";
    }

    record Conflicted(List<ScheduleConflict> conflicts, List<LocalDateTime> suggestions) implements ScheduleOutcome {
    }
}
