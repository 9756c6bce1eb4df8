package kr.tupyo.election;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Whole days from {@code first} to {@code last}, both included (Korea time). */
public record DatePeriod(LocalDate first, LocalDate last) {

    public DatePeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + first + ".." + last);
        }
    }

    /** {@code days} days starting on {@code first}. */
    public static DatePeriod starting(LocalDate first, int days) {
        return new DatePeriod(first, first.plusDays(days - 1L));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
