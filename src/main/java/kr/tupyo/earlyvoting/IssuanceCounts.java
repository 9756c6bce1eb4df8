package kr.tupyo.earlyvoting;

import java.time.LocalDate;
import java.util.Map;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;

/** Read API for turnout: how many voters received ballots, per station and day. */
public interface IssuanceCounts {

    /** Issuances at one station on one early-voting day (Korea time). */
    StationDayCount of(ElectionId election, StationCode station, LocalDate day);

    /** Issuances per station on one day, keyed by station code; stations without any are absent. */
    Map<StationCode, StationDayCount> perStation(ElectionId election, LocalDate day);

    /** Issuances over the whole early-voting period, per voter's 시군구. */
    Map<String, Long> perVoterSgg(ElectionId election);

    record StationDayCount(long issued, long inDistrict, long outOfDistrict) {
    }
}
