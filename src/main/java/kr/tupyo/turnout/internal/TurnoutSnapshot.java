package kr.tupyo.turnout.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Turnout of one election as of a moment: the nation, each 시도 and 시군구, and the hourly curves.
 * Aggregates only: no station staff, no voter, nothing personal.
 *
 * @param asOf         Korea time the figures are up to (exclusive)
 * @param hours        national early-voting curve, hour by hour over all early-voting days
 * @param sidoHours    the same per 시도 code
 * @param electionDayHours national election-day curve (cumulative entries), hour by hour: {@code hour} is the
 *                     hour whose figure it is (9 = the count reported at 09:00), {@code cumulative} election-day
 *                     voters only
 * @param finalHours   the same hours with every early voter added: the national curve that continues the
 *                     early-voting one on election day and ends at final turnout (the headline figure)
 * @param sidoFinalHours the same per 시도 code (that 시도's early voters added, against its electors), for the 시도
 *                     with election-day entries
 * @param previous     a previous election's national curve when one is recorded, else empty
 */
public record TurnoutSnapshot(String electionId, String electionName, LocalDate electionDate, LocalDateTime asOf,
                              AreaTurnout nation, List<AreaTurnout> sidos, List<AreaTurnout> sggs,
                              List<HourPoint> hours, Map<String, List<HourPoint>> sidoHours,
                              List<HourPoint> electionDayHours, List<HourPoint> finalHours,
                              Map<String, List<HourPoint>> sidoFinalHours, String previousLabel, List<CurvePoint> previous) {
}
