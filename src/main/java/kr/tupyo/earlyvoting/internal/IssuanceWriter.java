package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.BallotIssued;
import kr.tupyo.earlyvoting.BallotsIssued;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.election.AreaCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes issuances in batches ({@link Batcher}, decision 123): for a whole batch, the keys, issuances
 * and signatures in one statement, the audit entries in one, the turnout counters in one per kind, and
 * one commit. The database still decides what must hold nationwide: the issuance table's key (one
 * issuance per voter, whatever instance or batch) and the key table's key (one answer per
 * Idempotency-Key).
 */
@Component
class IssuanceWriter {

    private final Issuances issuances;
    private final IdempotencyKeys keys;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Batcher<Request, Written> batches;

    IssuanceWriter(Issuances issuances, IdempotencyKeys keys, AuditLog audit, ApplicationEventPublisher events,
                   Batchers batchers) {
        this.issuances = issuances;
        this.keys = keys;
        this.audit = audit;
        this.events = events;
        this.batches = batchers.writes("issuance-writer", this::writeInTransaction);
    }

    /** One issuance request, with the audit actor taken on the request's thread. */
    record Request(Issuances.ToWrite write, AuditLog.Actor actor) {
    }

    /** What writing a request did. */
    sealed interface Written {
        /** Key claimed, issuance and signature recorded. */
        record Issued() implements Written {
        }

        /** The voter had an issuance already (this one): the key is settled as ALREADY_ISSUED. */
        record VoterHasIssuance(Issuance existing) implements Written {
        }

        /** The Idempotency-Key was used by a committed request before: nothing written. */
        record KeyUsedBefore() implements Written {
        }
    }

    /** Writes the request with the next batch and answers once that batch committed. */
    Written write(Request request) {
        return batches.process(request);
    }

    /** One batch, in the caller's transaction (the batcher's; a test's, to write a batch of its choice). */
    List<Written> writeInTransaction(List<Request> batch) {
        List<Issuances.Claim> claims = issuances.claimAndInsertAll(batch.stream().map(Request::write).toList());
        List<Written> written = new ArrayList<>(batch.size());
        List<AuditLog.Entry> entries = new ArrayList<>(batch.size());
        List<BallotIssued> issued = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Request request = batch.get(i);
            Issuances.ToWrite write = request.write();
            Issuance issuance = write.issuance();
            String station = issuance.station().value();
            switch (claims.get(i)) {
                case ISSUED -> {
                    entries.add(new AuditLog.Entry(request.actor(), EarlyVotingAuditEvent.BALLOTS_ISSUED,
                            issuance.id().toString(), AuditOutcome.SUCCESS,
                            Map.of("station", station, "inDistrict", Boolean.toString(issuance.inDistrict()),
                                    "contests", Integer.toString(issuance.contests().size()))));
                    issued.add(new BallotIssued(issuance.election(), issuance.station(), issuance.voterEmdCode(),
                            AreaCode.sggOf(issuance.voterEmdCode()), issuance.inDistrict(), issuance.issuedAt()));
                    written.add(new Written.Issued());
                }
                case VOTER_HAS_ISSUANCE -> {
                    Issuance existing = issuances.ofVoter(issuance.election(), write.voterKey()).orElseThrow();
                    keys.settle(issuance.station(), write.idempotencyKey(), "ALREADY_ISSUED", existing.id());
                    entries.add(new AuditLog.Entry(request.actor(), EarlyVotingAuditEvent.ISSUANCE_REFUSED_ALREADY_ISSUED,
                            issuance.identificationId().toString(), AuditOutcome.DENIED, Map.of("station", station)));
                    written.add(new Written.VoterHasIssuance(existing));
                }
                case KEY_USED_BEFORE -> written.add(new Written.KeyUsedBefore());
            }
        }
        audit.recordAll(entries);
        if (!issued.isEmpty()) {
            events.publishEvent(new BallotsIssued(issued));
        }
        return written;
    }
}
