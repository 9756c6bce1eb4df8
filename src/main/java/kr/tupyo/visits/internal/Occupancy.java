package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything that can stand in a visit's way over a window of days, read once so that a whole range
 * of candidate starts can be checked in memory (for the nearest-free-slot proposals).
 */
record Occupancy(List<Booking> others, List<Blackouts.Absence> absences, List<Blackouts.Blackout> blackouts,
                 PublicHolidays holidays, Map<String, Room> rooms, Map<UUID, Official> officials) {
}
