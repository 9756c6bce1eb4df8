package kr.tupyo.earlyvoting.internal;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.ContestId;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A spoiled set of ballots (a misprint, a torn paper) is voided and may be printed again, once, on a
 * station supervisor's approval with a reason. The supervisor enters the serials of the spoiled papers
 * in hand: one per contest of the issuance, each printed at this station today. They become void; the
 * audit entry names the issuance and the reason, never the serials.
 */
@Service
public class SpoilAndReissue {

    private final StationGate gate;
    private final Issuances issuances;
    private final BallotSerials serials;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SpoilAndReissue(StationGate gate, Issuances issuances, BallotSerials serials, JdbcClient jdbc, AuditLog audit) {
        this.gate = gate;
        this.issuances = issuances;
        this.serials = serials;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Issuance spoil(UUID issuanceId, String reason, List<String> spoiledSerials) {
        Issuance issuance = issuances.find(issuanceId)
                .orElseThrow(() -> new ProblemException(EarlyVotingError.ISSUANCE_NOT_FOUND, issuanceId));
        StationContext at = gate.openStation(issuance.election(), issuance.station().value());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ProblemException(EarlyVotingError.INVALID_SPOIL, "a reason (up to 500 characters) is required");
        }
        if (issuance.ballotsPrintable() || !issuance.day().equals(at.day())) {
            throw new ProblemException(EarlyVotingError.NOTHING_TO_SPOIL, issuanceId);
        }
        if (spoiledSerials == null || spoiledSerials.size() != issuance.contests().size()) {
            throw new ProblemException(EarlyVotingError.INVALID_SPOIL,
                    "enter the serial of every spoiled paper: " + issuance.contests().size());
        }
        Set<ContestId> covered = new HashSet<>();
        for (String text : spoiledSerials) {
            BallotSerial serial = BallotSerial.parse(text)
                    .orElseThrow(() -> new ProblemException(EarlyVotingError.INVALID_SPOIL, "not a serial: " + text));
            Optional<ContestId> contest = serials.printedToday(at, serial, issuance.contests());
            if (contest.isEmpty() || !covered.add(contest.get()) || !serials.voidSerial(at, contest.get(), serial)) {
                throw new ProblemException(EarlyVotingError.INVALID_SPOIL, "not a ballot printed here today: " + text);
            }
        }
        if (!issuances.allowReprint(issuanceId)) {
            throw new ProblemException(EarlyVotingError.NOTHING_TO_SPOIL, issuanceId);
        }
        String supervisor = StaffPrincipal.current().map(StaffPrincipal::getName).orElse("system");
        jdbc.sql("""
                INSERT INTO ev_spoils (id, issuance_id, election_id, station_code, day, reason, approved_by, spoiled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), issuanceId, at.election().id().value(), at.station().code().value(), at.day(),
                        reason.strip(), supervisor, Timestamp.from(gate.now()))
                .update();
        audit.record(EarlyVotingAuditEvent.BALLOTS_SPOILED, issuanceId.toString(), AuditOutcome.SUCCESS,
                Map.of("reason", reason.strip(), "ballots", Integer.toString(spoiledSerials.size())));
        return issuances.find(issuanceId).orElseThrow();
    }
}
