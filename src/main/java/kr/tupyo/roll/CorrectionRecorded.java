package kr.tupyo.roll;

import kr.tupyo.election.ElectionId;

/** Published when a correction version blocks a voter of a finalised list. */
public record CorrectionRecorded(ElectionId election, VoterId voter, int version, BlockReason reason) {
}
