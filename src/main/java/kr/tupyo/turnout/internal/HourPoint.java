package kr.tupyo.turnout.internal;

import java.time.LocalDate;

/**
 * One hour of a turnout curve.
 *
 * @param hour       the hour that ended at {@code hour + 1}:00 Korea time (10 = 10:00–10:59)
 * @param arrivals   voters in that hour
 * @param cumulative voters since the first opening, up to the end of that hour
 */
public record HourPoint(LocalDate day, int hour, long arrivals, long cumulative, double percent) {
}
