package kr.tupyo.election.internal;

import java.time.Instant;

/** One recorded move of a calendar date. */
public record CalendarChange(CalendarField field, String oldValue, String newValue, String reason, String changedBy,
                             Instant changedAt) {
}
