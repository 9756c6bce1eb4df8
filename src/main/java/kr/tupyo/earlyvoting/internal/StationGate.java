package kr.tupyo.earlyvoting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Station;
import kr.tupyo.election.StationCode;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Every station action passes here: the caller must act for their own station (403
 * {@code OTHER_STATION}), the station must belong to the election, and — for voter-facing actions —
 * it must be an early-voting day between the opening and closing minute (server clock, Korea time)
 * and the station must be open.
 */
@Component
public class StationGate {

    private final StationDirectory directory;
    private final StationDays days;
    private final Clock clock;

    StationGate(StationDirectory directory, StationDays days, Clock clock) {
        this.directory = directory;
        this.days = days;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), KoreaTime.ZONE);
    }

    /** The station the caller may act for, without any time rule (reports, closing). */
    public StationContext station(ElectionId electionId, String stationCode) {
        StaffPrincipal.current().orElseThrow().requireMayActFor(stationCode);
        Election election = directory.election(electionId)
                .orElseThrow(() -> new ProblemException(EarlyVotingError.EV_ELECTION_NOT_FOUND, electionId));
        if (!StationCode.isValid(stationCode)) {
            throw new ProblemException(EarlyVotingError.EV_STATION_NOT_FOUND, stationCode);
        }
        Station station = directory.station(electionId, new StationCode(stationCode))
                .orElseThrow(() -> new ProblemException(EarlyVotingError.EV_STATION_NOT_FOUND, stationCode));
        return new StationContext(election, station, today());
    }

    /** The caller's own station (station-bound callers only). */
    public StationContext callersStation(ElectionId electionId) {
        String code = StaffPrincipal.current().map(StaffPrincipal::stationCode)
                .orElseThrow(() -> new ProblemException(EarlyVotingError.EV_STATION_NOT_FOUND, "-"));
        return station(electionId, code);
    }

    /** Within early-voting hours, whatever the station's state. */
    public StationContext duringHours(ElectionId electionId, String stationCode) {
        StationContext context = station(electionId, stationCode);
        requireHours(context);
        return context;
    }

    /**
     * The caller's own station within hours, its day not yet checked: identification, which checks the
     * day in the statement that records it ({@code Identifications.recordAllIfOpen}).
     */
    public StationContext callersStationDuringHours(ElectionId electionId) {
        String code = StaffPrincipal.current().map(StaffPrincipal::stationCode)
                .orElseThrow(() -> new ProblemException(EarlyVotingError.EV_STATION_NOT_FOUND, "-"));
        return duringHours(electionId, code);
    }

    /** Refuses (409 {@code STATION_NOT_OPEN}) unless the station's day is open now. */
    public void requireOpen(StationContext context) {
        requireOpen(context, days.find(context.election().id(), context.station().code(), context.day())
                .map(StationDay::open).orElse(false));
    }

    /** Refuses (409 {@code STATION_NOT_OPEN}) unless {@code open}, read by the caller with its own statement. */
    public void requireOpen(StationContext context, boolean open) {
        if (!open) {
            throw new ProblemException(EarlyVotingError.STATION_NOT_OPEN, context.station().code().value());
        }
    }

    /** Within hours and the station open: identification, issuance, printing, spoiling. */
    public StationContext openStation(ElectionId electionId, String stationCode) {
        StationContext context = duringHours(electionId, stationCode);
        StationDay day = days.find(electionId, context.station().code(), context.day())
                .orElseThrow(() -> new ProblemException(EarlyVotingError.STATION_NOT_OPEN, stationCode));
        if (!day.open()) {
            throw new ProblemException(EarlyVotingError.STATION_NOT_OPEN, stationCode);
        }
        return context;
    }

    private void requireHours(StationContext context) {
        var calendar = context.election().calendar();
        if (!calendar.isEarlyVotingOpenAt(clock.instant())) {
            throw new ProblemException(EarlyVotingError.OUTSIDE_EARLY_VOTING_HOURS,
                    calendar.earlyVoting().first(), calendar.earlyVoting().last(),
                    calendar.earlyVotingOpens(), calendar.earlyVotingCloses());
        }
    }
}
