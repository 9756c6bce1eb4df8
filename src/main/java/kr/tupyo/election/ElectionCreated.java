package kr.tupyo.election;

import java.time.LocalDate;

/** Published when an administrator has created an election (after commit, via the event registry). */
public record ElectionCreated(ElectionId election, ElectionType type, LocalDate electionDay) {
}
