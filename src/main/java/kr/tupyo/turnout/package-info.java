/**
 * Turnout (투표율): live early-voting turnout kept incrementally in the issuing transaction, the
 * officials' dashboard and the public open-data page, station load, reconciliation of every station
 * day, election-day turnout entry, and the election-day lists with early voters marked. It reads the
 * other modules through their published APIs only ({@code BallotIssued}, {@code IssuanceLedger},
 * {@code PrecinctLists}, {@code Elections}, {@code Stations}, {@code Precincts}, {@code Divisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Turnout")
package kr.tupyo.turnout;
