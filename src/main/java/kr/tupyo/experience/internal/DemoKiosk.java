package kr.tupyo.experience.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.experience.ExperienceError;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guest's steps at a demo station, as early voting does them but on the session's own tables:
 * identify the demo card, then issue once per demo voter and session — the unique key of
 * {@code xp_issuances} decides, and a retry with the same Idempotency-Key gets the same answer.
 */
@Service
public class DemoKiosk {

    private final DemoSessions sessions;
    private final DemoVoters voters;
    private final DemoIdentifications identifications;
    private final DemoIssuances issuances;
    private final DemoIdempotencyKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoKiosk(DemoSessions sessions, DemoVoters voters, DemoIdentifications identifications, DemoIssuances issuances,
              DemoIdempotencyKeys keys, Clock clock) {
        this.sessions = sessions;
        this.voters = voters;
        this.identifications = identifications;
        this.issuances = issuances;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public DemoIdentification identify(UUID sessionId, String stationText, String numberText) {
        DemoSession session = open(sessionId);
        DemoStation station = DemoStation.parse(stationText)
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_STATION_NOT_FOUND, String.valueOf(stationText)));
        DemoNumber number = DemoNumber.parse(numberText)
                .orElseThrow(() -> new ProblemException(ExperienceError.NOT_A_DEMO_NUMBER));
        UUID id = UUID.randomUUID();
        Instant now = now();
        Optional<DemoVoter> found = voters.byNumber(sessionId, number);
        if (found.isEmpty()) {
            identifications.insert(new DemoIdentifications.Stored(id, sessionId, station, null, "NOT_ON_LIST", now));
            return new DemoIdentification(id, sessionId, station, new DemoIdentification.Result.NotOnList(), null, null,
                    List.of(), now);
        }
        DemoVoter voter = found.get();
        DemoIdentification.Result result = voter.blocked()
                ? new DemoIdentification.Result.Blocked(voter.blockedReason())
                : issuances.ofVoter(sessionId, voter.seq())
                .<DemoIdentification.Result>map(i -> new DemoIdentification.Result.AlreadyIssued(i.station(), i.issuedAt()))
                .orElseGet(DemoIdentification.Result.Eligible::new);
        identifications.insert(new DemoIdentifications.Stored(id, sessionId, station, voter.seq(), result.status(), now));
        return new DemoIdentification(id, sessionId, station, result, voter, station.inDistrict(),
                session.scenario().election().contests(), now);
    }

    @Transactional
    public DemoIssuanceOutcome issue(UUID sessionId, UUID identificationId, String signature, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new ProblemException(ExperienceError.DEMO_IDEMPOTENCY_KEY_REQUIRED);
        }
        open(sessionId);
        DemoIdentifications.Stored identification = (identificationId == null ? Optional.<DemoIdentifications.Stored>empty()
                : identifications.find(sessionId, identificationId))
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_IDENTIFICATION_NOT_FOUND, identificationId));
        DemoSignature.check(signature);
        if (!keys.claim(sessionId, idempotencyKey, identificationId, now())) {
            return replay(sessionId, idempotencyKey, identificationId);
        }
        if (!"ELIGIBLE".equals(identification.status()) && !"ALREADY_ISSUED".equals(identification.status())) {
            throw new ProblemException(ExperienceError.DEMO_NOT_ELIGIBLE, identification.status());
        }
        DemoStation station = identification.station();
        DemoIssuance issuance = new DemoIssuance(UUID.randomUUID(), sessionId, identification.voterSeq(), identificationId,
                station, station.inDistrict(), station.inDistrict() ? null : envelopeCode(), now());
        if (!issuances.insertOnce(issuance)) {
            DemoIssuance existing = issuances.ofVoter(sessionId, identification.voterSeq()).orElseThrow();
            issuances.refused(sessionId, identificationId, identification.voterSeq(), station, now());
            keys.settle(sessionId, idempotencyKey, "ALREADY_ISSUED", existing.id());
            return new DemoIssuanceOutcome.AlreadyIssued(existing);
        }
        keys.settle(sessionId, idempotencyKey, "ISSUED", issuance.id());
        return new DemoIssuanceOutcome.Issued(issuance);
    }

    /** A retry: the first attempt's answer, read back from the database. */
    private DemoIssuanceOutcome replay(UUID sessionId, String key, UUID identificationId) {
        DemoIdempotencyKeys.Claimed claimed = keys.find(sessionId, key).orElseThrow();
        if (!claimed.identificationId().equals(identificationId) || claimed.outcome() == null) {
            throw new ProblemException(ExperienceError.DEMO_IDEMPOTENCY_KEY_REUSED);
        }
        DemoIssuance issuance = issuances.find(sessionId, claimed.issuanceId()).orElseThrow();
        return "ISSUED".equals(claimed.outcome()) ? new DemoIssuanceOutcome.Issued(issuance)
                : new DemoIssuanceOutcome.AlreadyIssued(issuance);
    }

    /** The session, share-locked for this transaction (a reset or close waits), when it still answers. */
    private DemoSession open(UUID sessionId) {
        DemoSession session = sessions.share(sessionId)
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_SESSION_NOT_FOUND, sessionId));
        if (!session.open()) {
            throw new ProblemException(ExperienceError.DEMO_SESSION_CLOSED, Map.of("session", sessionId.toString()));
        }
        return session;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A recognisably fake return-envelope code: "RDEMO-" and ten random digits. */
    private String envelopeCode() {
        return "RDEMO-" + String.format("%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
    }
}
