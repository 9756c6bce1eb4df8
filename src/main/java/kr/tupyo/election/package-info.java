/**
 * Elections and what they are fought over: the statutory calendar, contests with their districts and
 * ballots, election-day precincts, early-voting stations, and the eligibility rules as data. The base
 * package is the API other modules use ({@link kr.tupyo.election.Elections},
 * {@link kr.tupyo.election.ContestResolver}, {@link kr.tupyo.election.Stations},
 * {@link kr.tupyo.election.EligibilityRules}); {@code internal} and {@code web} are private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Elections")
package kr.tupyo.election;
