package kr.tupyo.election.internal;

/** Precincts, electors and stations of one 시군구 (or one 시도, then {@code sggCode} is null). */
public record RegionCount(String sidoName, String sggName, String sggCode, long emds, long precincts, long electors,
                          long stations) {
}
