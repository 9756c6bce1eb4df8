package kr.tupyo.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Why a visit cannot take place at the time asked. Expected outcomes of scheduling, so values: the
 * caller shows each one (with the nearest free slots) rather than catching anything.
 */
public sealed interface ScheduleConflict {

    /** Stable name of the kind, for the API and the audit details. */
    default String kind() {
        return getClass().getSimpleName();
    }

    record OfficialDoubleBooked(UUID officialId, String official, UUID otherVisit, Instant from, Instant to)
            implements ScheduleConflict {
    }

    record OfficialUnavailable(UUID officialId, String official, String reason) implements ScheduleConflict {
    }

    record RoomDoubleBooked(String room, UUID otherVisit, Instant from, Instant to) implements ScheduleConflict {
    }

    /** The programme books an official who has retired since it was made. */
    record OfficialRetired(UUID officialId, String official) implements ScheduleConflict {
    }

    /** The programme uses a room that has been closed since it was made. */
    record RoomClosed(String room) implements ScheduleConflict {
    }

    record RoomTooSmall(String room, int capacity, int delegationSize) implements ScheduleConflict {
    }

    record PublicHoliday(LocalDate date, List<String> names) implements ScheduleConflict {
    }

    record Blackout(LocalDate date, String reasonEn, String reasonKo) implements ScheduleConflict {
    }

    record Weekend(LocalDate date) implements ScheduleConflict {
    }

    record OutsideOfficeHours(Instant start, Instant end) implements ScheduleConflict {
    }
}
