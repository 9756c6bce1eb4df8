package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import kr.tupyo.election.Election;
import kr.tupyo.election.Station;

/** The election, the station and the Korea-time day a station request acts in. */
public record StationContext(Election election, Station station, LocalDate day) {
}
