package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything that can stand in a visit's way over a window of days, read once so that a whole range
 * of candidate starts can be checked in memory (for the nearest-free-slot proposals). Rooms and
 * officials include closed and retired ones, which are conflicts of their own.
 */
record Occupancy(List<Booking> others, List<Blackouts.Absence> absences, List<Blackouts.Blackout> blackouts,
                 PublicHolidays.Calendar holidays, Map<String, Room> rooms, Map<UUID, Official> officials) {
}
