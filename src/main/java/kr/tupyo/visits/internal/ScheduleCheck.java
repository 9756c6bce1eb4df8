package kr.tupyo.visits.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.visits.ScheduleConflict;

/**
 * Lays a programme out from a start time and lists every conflict: weekend, public holiday, blackout,
 * office hours, room closed or too small, official retired, room or official already booked, official
 * absent. Pure.
 */
final class ScheduleCheck {

    static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);
    static final LocalTime OFFICE_CLOSES = LocalTime.of(18, 0);

    record Result(List<Booking> plan, List<ScheduleConflict> conflicts) {
    }

    private ScheduleCheck() {
    }

    static Result check(UUID visitId, int delegationSize, List<ProgrammeItem> items, LocalDateTime start,
                        Occupancy occ) {
        Set<ScheduleConflict> conflicts = new LinkedHashSet<>();
        LocalDate day = start.toLocalDate();
        conflicts.addAll(dayConflicts(day, occ));
        List<Booking> plan = new ArrayList<>();
        LocalDateTime at = start;
        for (ProgrammeItem item : items) {
            LocalDateTime end = at.plusMinutes(item.minutes());
            Instant from = at.atZone(KoreaTime.ZONE).toInstant();
            Instant to = end.atZone(KoreaTime.ZONE).toInstant();
            if (item.roomCode() != null) {
                plan.add(new Booking(visitId, item.id(), Booking.room(item.roomCode()), from, to));
                Room room = occ.rooms().get(item.roomCode());
                if (room != null && !room.active()) {
                    conflicts.add(new ScheduleConflict.RoomClosed(room.code()));
                }
                if (room != null && room.capacity() < delegationSize) {
                    conflicts.add(new ScheduleConflict.RoomTooSmall(room.code(), room.capacity(), delegationSize));
                }
            }
            if (item.officialId() != null) {
                plan.add(new Booking(visitId, item.id(), Booking.official(item.officialId()), from, to));
                Official official = occ.officials().get(item.officialId());
                if (official != null && official.retired()) {
                    conflicts.add(new ScheduleConflict.OfficialRetired(official.id(), official.nameEn()));
                }
                for (Blackouts.Absence a : occ.absences()) {
                    if (a.officialId().equals(item.officialId()) && a.from().isBefore(to) && from.isBefore(a.to())) {
                        conflicts.add(new ScheduleConflict.OfficialUnavailable(a.officialId(),
                                occ.officials().get(a.officialId()).nameEn(), a.reason()));
                    }
                }
            }
            at = end;
        }
        if (start.toLocalTime().isBefore(OFFICE_OPENS) || at.toLocalTime().isAfter(OFFICE_CLOSES)
                || !at.toLocalDate().equals(day)) {
            conflicts.add(new ScheduleConflict.OutsideOfficeHours(start.atZone(KoreaTime.ZONE).toInstant(),
                    at.atZone(KoreaTime.ZONE).toInstant()));
        }
        for (Booking mine : plan) {
            for (Booking other : occ.others()) {
                if (other.resource().equals(mine.resource()) && other.overlaps(mine.from(), mine.to())) {
                    conflicts.add(mine.isOfficial()
                            ? new ScheduleConflict.OfficialDoubleBooked(UUID.fromString(mine.key()),
                                    occ.officials().get(UUID.fromString(mine.key())).nameEn(), other.visitId(),
                                    other.from(), other.to())
                            : new ScheduleConflict.RoomDoubleBooked(mine.key(), other.visitId(), other.from(), other.to()));
                }
            }
        }
        return new Result(plan, List.copyOf(conflicts));
    }

    /** Conflicts that hold all day, whatever the time. */
    static List<ScheduleConflict> dayConflicts(LocalDate day, Occupancy occ) {
        List<ScheduleConflict> conflicts = new ArrayList<>();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            conflicts.add(new ScheduleConflict.Weekend(day));
        }
        List<String> holiday = occ.holidays().on(day);
        if (!holiday.isEmpty()) {
            conflicts.add(new ScheduleConflict.PublicHoliday(day, holiday));
        }
        for (Blackouts.Blackout b : occ.blackouts()) {
            if (b.covers(day)) {
                conflicts.add(new ScheduleConflict.Blackout(day, b.reasonEn(), b.reasonKo()));
            }
        }
        return conflicts;
    }
}
