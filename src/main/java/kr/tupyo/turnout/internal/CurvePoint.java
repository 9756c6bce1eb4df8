package kr.tupyo.turnout.internal;

/** A point of a previous election's curve: day 1 or 2 of early voting, at the end of {@code hour}. */
public record CurvePoint(String areaCode, int dayNumber, int hour, long voters, long electors, double percent) {
}
