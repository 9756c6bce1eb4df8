/**
 * Early voting (사전투표) at any station: identification against the integrated voters list, the
 * exactly-once issuance nationwide, ballots and return-envelope labels printed on demand, the
 * station's day. The base package is the API other modules use: the {@link kr.tupyo.earlyvoting.BallotIssued}
 * event and {@link kr.tupyo.earlyvoting.IssuanceCounts}; {@code internal} and {@code web} are private.
 * No type here carries a ballot serial (docs/decisions/120-ballot-secrecy.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early voting")
package kr.tupyo.earlyvoting;
