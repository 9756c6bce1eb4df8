package kr.tupyo.election;

/**
 * Published when an administrator has moved calendar dates, so that modules that scheduled work by
 * the old dates (voters-list inspection, early voting) read the calendar again.
 */
public record ElectionCalendarChanged(ElectionId election, ElectionCalendar calendar, String reason) {
}
