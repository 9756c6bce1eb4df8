package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Station staff open their station once per early-voting day (within hours) and close it once; the
 * close settles the day's serials and answers the day report.
 */
@Service
public class StationOpening {

    private final StationGate gate;
    private final StationDays days;
    private final SerialKeys keys;
    private final BallotSerials serials;
    private final DayReports reports;
    private final AuditLog audit;

    StationOpening(StationGate gate, StationDays days, SerialKeys keys, BallotSerials serials, DayReports reports,
                   AuditLog audit) {
        this.gate = gate;
        this.days = days;
        this.keys = keys;
        this.serials = serials;
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional
    public StationDay open(ElectionId election, String stationCode) {
        StationContext at = gate.duringHours(election, stationCode);
        var existing = days.find(election, at.station().code(), at.day());
        if (existing.isPresent()) {
            throw new ProblemException(existing.get().open() ? EarlyVotingError.STATION_ALREADY_OPEN
                    : EarlyVotingError.STATION_ALREADY_CLOSED, stationCode);
        }
        if (!days.open(election, at.station().code(), at.day(), gate.now(), actor())) {
            throw new ProblemException(EarlyVotingError.STATION_ALREADY_OPEN, stationCode);
        }
        LocalDate first = at.election().calendar().earlyVoting().first();
        keys.create(election, at.station().code(), at.day(), (int) ChronoUnit.DAYS.between(first, at.day()) + 1);
        audit.record(EarlyVotingAuditEvent.STATION_OPENED, stationCode, AuditOutcome.SUCCESS,
                Map.of("election", election.toString(), "day", at.day().toString()));
        return days.find(election, at.station().code(), at.day()).orElseThrow();
    }

    @Transactional
    public DayReport close(ElectionId election, String stationCode) {
        StationContext at = gate.station(election, stationCode);
        StationDay day = days.lock(election, at.station().code(), at.day())
                .orElseThrow(() -> new ProblemException(EarlyVotingError.STATION_NOT_OPEN, stationCode));
        if (!day.open()) {
            throw new ProblemException(EarlyVotingError.STATION_ALREADY_CLOSED, stationCode);
        }
        serials.settle(at);
        days.close(election, at.station().code(), at.day(), gate.now(), actor());
        DayReport report = reports.of(at);
        audit.record(EarlyVotingAuditEvent.STATION_CLOSED, stationCode, AuditOutcome.SUCCESS, Map.of(
                "election", election.toString(), "day", at.day().toString(), "issued", Long.toString(report.issued()),
                "identified", Long.toString(report.identifiedTotal()), "spoiledBallots", Long.toString(report.spoiledBallots()),
                "balanced", Boolean.toString(report.balanced())));
        return report;
    }

    @Transactional(readOnly = true)
    public DayReport report(ElectionId election, String stationCode, LocalDate date) {
        StationContext at = gate.station(election, stationCode);
        return reports.of(new StationContext(at.election(), at.station(), date == null ? at.day() : date));
    }

    private static String actor() {
        return StaffPrincipal.current().map(StaffPrincipal::getName).orElse("system");
    }
}
