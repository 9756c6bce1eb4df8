package kr.tupyo.earlyvoting.internal;

import java.security.SecureRandom;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Stations;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Step 3: records, in one transaction, that the identified voter received ballots — exactly once per
 * election nationwide (the issuance table's key decides, not this code), with the signature, the
 * idempotency key's outcome, the audit entry and turnout's counters ({@link IssuanceWriter}).
 */
@Service
public class BallotIssuance {

    /** Signature images are kept until this many days after election day. */
    static final int SIGNATURE_DAYS_AFTER_ELECTION = 30;

    private final StationGate gate;
    private final Issuances issuances;
    private final IdempotencyKeys keys;
    private final IssuanceWriter writer;
    private final BatchedReads reads;
    private final Stations stations;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    BallotIssuance(StationGate gate, Issuances issuances, IdempotencyKeys keys,
                   IssuanceWriter writer, BatchedReads reads, Stations stations, AuditLog audit) {
        this.gate = gate;
        this.issuances = issuances;
        this.keys = keys;
        this.stations = stations;
        this.audit = audit;
        this.writer = writer;
        this.reads = reads;
    }

    /**
     * Not one transaction here: the identification is read on its own (as {@code READ COMMITTED} read it
     * inside the transaction before), and everything the issuance writes is written by the
     * {@link IssuanceWriter} in one transaction with the other requests of its batch (decision 123).
     */
    public IssuanceOutcome issue(UUID identificationId, Signature signature, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new ProblemException(EarlyVotingError.IDEMPOTENCY_KEY_REQUIRED);
        }
        Identifications.ForIssuing found = reads.findForIssuing(identificationId, gate.today())
                .orElseThrow(() -> new ProblemException(EarlyVotingError.IDENTIFICATION_NOT_FOUND, identificationId));
        Identifications.Stored identification = found.identification();
        StationContext at = gate.duringHours(identification.election(), identification.station().value());
        gate.requireOpen(at, found.stationOpen());
        if (!"ELIGIBLE".equals(identification.status()) && !"ALREADY_ISSUED".equals(identification.status())
                || !identification.day().equals(at.day())) {
            // Checked before the key is claimed: a first attempt refused here stored no key, so its retry is refused alike.
            throw new ProblemException(EarlyVotingError.IDENTIFICATION_NOT_ELIGIBLE, identification.status());
        }
        Issuance issuance = new Issuance(UUID.randomUUID(), at.election().id(), identificationId, at.station().code(),
                at.day(), gate.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), identification.voterEmd(),
                identification.inDistrict(), identification.contests(), true, 0,
                identification.inDistrict() ? null : envelopeCode(identification.voterEmd()), false);
        var write = new Issuances.ToWrite(issuance, identification.voterKey(), idempotencyKey, gate.now(), signature.png(),
                at.election().electionDay().plusDays(SIGNATURE_DAYS_AFTER_ELECTION));
        return switch (writer.write(new IssuanceWriter.Request(write, audit.currentActor()))) {
            case IssuanceWriter.Written.Issued issued -> new IssuanceOutcome.Issued(issuance);
            case IssuanceWriter.Written.VoterHasIssuance refused -> alreadyIssued(refused.existing());
            case IssuanceWriter.Written.KeyUsedBefore used -> replay(at, idempotencyKey, identificationId);
        };
    }

    /** A retry: the first attempt's answer, read back from the database. */
    private IssuanceOutcome replay(StationContext at, String key, UUID identificationId) {
        IdempotencyKeys.Claimed claimed = keys.find(at.station().code(), key).orElseThrow();
        if (!claimed.identificationId().equals(identificationId) || claimed.outcome() == null) {
            throw new ProblemException(EarlyVotingError.IDEMPOTENCY_KEY_REUSED);
        }
        Issuance issuance = issuances.find(claimed.issuanceId()).orElseThrow();
        return "ISSUED".equals(claimed.outcome()) ? new IssuanceOutcome.Issued(issuance) : alreadyIssued(issuance);
    }

    private IssuanceOutcome alreadyIssued(Issuance existing) {
        String name = stations.find(existing.election(), existing.station()).map(s -> s.name()).orElse(existing.station().value());
        return new IssuanceOutcome.AlreadyIssued(existing.station(), name, existing.issuedAt());
    }

    /** The return envelope's code: the home 시군구 and a random number (nothing about the voter or the ballots). */
    private String envelopeCode(String voterEmd) {
        String number = Long.toString(Math.floorMod(random.nextLong(), 10_000_000_000L));
        return "R" + AreaCode.sggOf(voterEmd) + "-" + "0".repeat(10 - number.length()) + number; // not String.format: per issuance
    }
}
