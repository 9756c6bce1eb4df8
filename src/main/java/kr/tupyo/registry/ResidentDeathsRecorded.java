package kr.tupyo.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published when an accepted change-event import recorded deaths (DEATH events) in the register. It names
 * no one: listeners compare the register's {@code deceased_on} with their own records (e.g. a finalised
 * voters list blocks those voters by a correction version).
 *
 * @param importId        the change-event import that recorded them
 * @param effectiveDates  the distinct dates of death, in order
 * @param deaths          how many deaths it recorded
 */
public record ResidentDeathsRecorded(UUID importId, List<LocalDate> effectiveDates, long deaths) {

    public ResidentDeathsRecorded {
        effectiveDates = List.copyOf(effectiveDates);
    }
}
