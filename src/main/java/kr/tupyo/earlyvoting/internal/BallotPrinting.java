package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Contest;
import kr.tupyo.election.Contests;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 4: the ballots of an issuance, printed once (a reprint is a spoil-and-reissue), and the
 * return-envelope label of an out-of-district voter. Serials are drawn here and exist only in the
 * returned bytes.
 */
@Service
public class BallotPrinting {

    private final StationGate gate;
    private final Issuances issuances;
    private final BallotSerials serials;
    private final ElectionContests electionContests;
    private final Contests contests;
    private final Divisions divisions;
    private final AuditLog audit;
    private final StationDays days;

    BallotPrinting(StationGate gate, Issuances issuances, BallotSerials serials, ElectionContests electionContests,
                   Contests contests, Divisions divisions, AuditLog audit, StationDays days) {
        this.days = days;
        this.gate = gate;
        this.issuances = issuances;
        this.serials = serials;
        this.electionContests = electionContests;
        this.contests = contests;
        this.divisions = divisions;
        this.audit = audit;
    }

    @Transactional
    public byte[] ballots(UUID issuanceId) {
        Issuance issuance = find(issuanceId);
        StationContext at = gate.openStation(issuance.election(), issuance.station().value());
        if (!days.holdOpen(issuance.election(), issuance.station(), at.day())) {
            throw new ProblemException(EarlyVotingError.STATION_NOT_OPEN, issuance.station().value());
        }
        if (!issuance.day().equals(at.day()) || !issuances.takePrint(issuanceId)) {
            throw new ProblemException(EarlyVotingError.BALLOTS_ALREADY_PRINTED, issuanceId);
        }
        List<Contest> voterContests = electionContests.all(issuance.election(), issuance.contests());
        List<BallotSerial> drawn = serials.draw(at, issuance.contests());
        List<BallotPdf.Page> pages = new ArrayList<>();
        for (int i = 0; i < voterContests.size(); i++) {
            Contest contest = voterContests.get(i);
            var ballot = contests.ballot(contest.id()).orElseThrow();
            pages.add(new BallotPdf.Page(at.election().name(), ballot.title(), district(contest), ballot.partyList(),
                    ballot.entries(), drawn.get(i)));
        }
        audit.record(EarlyVotingAuditEvent.BALLOTS_PRINTED, issuanceId.toString(), AuditOutcome.SUCCESS,
                Map.of("ballots", Integer.toString(pages.size())));
        return BallotPdf.render(at.station().name(), pages);
    }

    @Transactional
    public byte[] envelopeLabel(UUID issuanceId) {
        Issuance issuance = find(issuanceId);
        StationContext at = gate.openStation(issuance.election(), issuance.station().value());
        if (issuance.inDistrict()) {
            throw new ProblemException(EarlyVotingError.NO_RETURN_ENVELOPE, issuanceId);
        }
        issuances.envelopePrinted(issuanceId);
        audit.record(EarlyVotingAuditEvent.ENVELOPE_LABEL_PRINTED, issuanceId.toString(), AuditOutcome.SUCCESS);
        String sgg = AreaCode.sggOf(issuance.voterEmdCode());
        var home = divisions.emd(issuance.voterEmdCode(), at.election().electionDay());
        String commission = home.map(d -> d.sggName() + " 선거관리위원회").orElse(sgg + " 선거관리위원회");
        String area = home.map(d -> d.sidoName() + " " + d.sggName() + " (" + sgg + ")").orElse(sgg);
        return EnvelopeLabelPdf.render(commission, area, issuance.envelopeCode(), at.election().name(), at.station().name());
    }

    private Issuance find(UUID issuanceId) {
        return issuances.find(issuanceId)
                .orElseThrow(() -> new ProblemException(EarlyVotingError.ISSUANCE_NOT_FOUND, issuanceId));
    }

    private static String district(Contest contest) {
        return contest.kind().nationwide() ? "전국" : contest.name();
    }
}
