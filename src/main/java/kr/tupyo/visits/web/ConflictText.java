package kr.tupyo.visits.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.visits.ScheduleConflict;

/** One sentence per scheduling conflict, in the reader's language. */
final class ConflictText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(KoreaTime.ZONE);

    private ConflictText() {
    }

    /** {@code rooms} gives each room code its name in the reader's language. */
    static String of(ScheduleConflict conflict, PageMessages m, Locale l, java.util.Map<String, String> rooms) {
        boolean ko = "ko".equals(l.getLanguage());
        return switch (conflict) {
            case ScheduleConflict.OfficialDoubleBooked c -> m.text(l, "visits.conflict.officialDoubleBooked",
                    c.official(), TIME.format(c.from()), TIME.format(c.to()));
            case ScheduleConflict.OfficialUnavailable c -> m.text(l, "visits.conflict.officialUnavailable",
                    c.official(), c.reason());
            case ScheduleConflict.RoomDoubleBooked c -> m.text(l, "visits.conflict.roomDoubleBooked",
                    rooms.getOrDefault(c.room(), c.room()), TIME.format(c.from()), TIME.format(c.to()));
            case ScheduleConflict.OfficialRetired c -> m.text(l, "visits.conflict.officialRetired", c.official());
            case ScheduleConflict.RoomClosed c -> m.text(l, "visits.conflict.roomClosed",
                    rooms.getOrDefault(c.room(), c.room()));
            case ScheduleConflict.RoomTooSmall c -> m.text(l, "visits.conflict.roomTooSmall",
                    rooms.getOrDefault(c.room(), c.room()), c.capacity(), c.delegationSize());
            case ScheduleConflict.PublicHoliday c -> m.text(l, "visits.conflict.publicHoliday",
                    c.date().toString(), String.join(", ", c.names()));
            case ScheduleConflict.Blackout c -> m.text(l, "visits.conflict.blackout",
                    c.date().toString(), ko ? c.reasonKo() : c.reasonEn());
            case ScheduleConflict.Weekend c -> m.text(l, "visits.conflict.weekend", c.date().toString());
            case ScheduleConflict.OutsideOfficeHours c -> m.text(l, "visits.conflict.officeHours",
                    TIME.format(c.start()), TIME.format(c.end()));
        };
    }

    static String slot(LocalDateTime t) {
        return t.toString();
    }
}
