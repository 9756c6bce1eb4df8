package kr.tupyo.visits.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The weeks (Monday first) that show a month; days of the neighbouring months included. */
final class CalendarWeeks {

    private CalendarWeeks() {
    }

    static List<List<LocalDate>> of(YearMonth month) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth();
        List<List<LocalDate>> weeks = new ArrayList<>();
        while (!day.isAfter(last)) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(day);
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        return weeks;
    }
}
