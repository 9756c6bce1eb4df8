package kr.tupyo.roll;

import kr.tupyo.election.ElectionId;

/**
 * Published when a correction version adds a wrongly omitted person to a finalised list: the 읍면동's
 * electorate grows by one (turnout's denominator follows it).
 */
public record VoterAddedByCourtOrder(ElectionId election, VoterId voter, int version, String emdCode) {
}
