package kr.tupyo.roll;

import java.time.Instant;
import kr.tupyo.election.ElectionId;

/** Published when an election's voters list is finalised: its digest and the number of voters. */
public record RollFinalised(ElectionId election, String digest, long voters, Instant at) {
}
