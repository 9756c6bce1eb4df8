package kr.tupyo.earlyvoting;

import java.time.Instant;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;

/**
 * A voter received ballots at an early-voting station (inside {@link BallotsIssued}, within the issuing transaction).
 * For turnout: where the voter lives and where they voted. Deliberately without voter identity and
 * without ballot serials.
 *
 * @param voterEmdCode 읍면동 of the voter's registered address
 * @param voterSggCode 시군구 of the voter's registered address
 * @param inDistrict   관내 (true) or 관외 (false)
 */
public record BallotIssued(ElectionId election, StationCode station, String voterEmdCode, String voterSggCode,
                           boolean inDistrict, Instant issuedAt) {
}
