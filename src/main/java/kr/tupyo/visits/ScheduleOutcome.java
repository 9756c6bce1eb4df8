package kr.tupyo.visits;

import java.time.LocalDateTime;
import java.util.List;

/** The answer to "book this visit at that time": booked, or the conflicts and the nearest free starts. */
public sealed interface ScheduleOutcome {

    record Scheduled(LocalDateTime start, LocalDateTime end, int bookings) implements ScheduleOutcome {
    }

    record Conflicted(List<ScheduleConflict> conflicts, List<LocalDateTime> suggestions) implements ScheduleOutcome {
    }
}
