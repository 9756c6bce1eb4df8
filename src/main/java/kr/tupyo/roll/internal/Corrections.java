package kr.tupyo.roll.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.BlockReason;
import kr.tupyo.roll.CorrectionRecorded;
import kr.tupyo.roll.RollAuditEvent;
import kr.tupyo.roll.VoterId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections after finalisation: each is a new version of the list (2, 3, ...) recorded against the
 * finalised digest; the finalised entries never change. A version either blocks one voter (a death, a
 * court-ordered removal) or adds one wrongly omitted person by court order ({@link CourtAdditions},
 * docs/decisions/103). Deaths reported to the register after finalisation are found by
 * {@link #recordDeaths} (the register's {@code deceased_on} as it stands now, for voters on the list);
 * {@link DeathCorrections} calls it whenever the register records deaths.
 */
@Service
public class Corrections {

    private final JdbcClient jdbc;
    private final VotersLists lists;
    private final PersonalDataProtection protection;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Corrections(JdbcClient jdbc, VotersLists lists, PersonalDataProtection protection, AuditLog audit,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.protection = protection;
        this.audit = audit;
        this.events = events;
    }

    public record Correction(int version, String rrnMasked, String kind, String reason, String parentDigest,
                             String recordedBy, java.time.Instant recordedAt) {
    }

    public sealed interface Result {
        record Recorded(int version) implements Result {
        }

        record NotFinalised() implements Result {
        }

        record NotOnList() implements Result {
        }

        record AlreadyCorrected() implements Result {
        }
    }

    @Transactional
    public Result courtOrder(Election election, ResidentRegistrationNumber rrn, String reason, String by) {
        return record(election.id(), protection.lookupHash(rrn.digits()), BlockReason.COURT_ORDER_REMOVAL, reason, by);
    }

    /** Blocks every voter of the finalised list whose death the register now records; the number of new versions. */
    @Transactional
    public int recordDeaths(Election election, String by) {
        return recordDeaths(election.id(), by);
    }

    /** As {@link #recordDeaths(Election, String)}, by election id (for the register's events). */
    @Transactional
    public int recordDeaths(ElectionId id, String by) {
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty() || list.get().status() != RollStatus.FINALISED) {
            return 0;
        }
        List<DeathRow> deaths = jdbc.sql("""
                SELECT r.rrn_lookup, r.deceased_on FROM registry_residents_as_of(?) r
                JOIN roll_voters e ON e.election_id = ? AND e.rrn_lookup = r.rrn_lookup AND e.exclusion IS NULL
                WHERE r.deceased_on IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM roll_corrections c WHERE c.election_id = e.election_id
                                  AND c.rrn_lookup = e.rrn_lookup AND c.kind <> 'COURT_ORDER_ADDITION')
                ORDER BY r.deceased_on, e.id""")
                .params(list.get().referenceDate(), id.value())
                .query((rs, n) -> new DeathRow(rs.getBytes(1), rs.getObject(2, java.time.LocalDate.class))).list();
        deaths.forEach(d -> record(id, d.lookup(), BlockReason.DECEASED_AFTER_FINALISATION,
                "사망 " + d.diedOn() + " (register)", by));
        return deaths.size();
    }

    private record DeathRow(byte[] lookup, java.time.LocalDate diedOn) {
    }

    private Result record(ElectionId id, byte[] lookup, BlockReason kind, String reason, String by) {
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty() || list.get().status() != RollStatus.FINALISED) {
            return new Result.NotFinalised();
        }
        Optional<Voter> voter = jdbc.sql("""
                SELECT id, rrn_masked FROM roll_voters WHERE election_id = ? AND rrn_lookup = ? AND exclusion IS NULL""")
                .params(id.value(), lookup).query((rs, n) -> new Voter(rs.getLong(1), rs.getString(2))).optional();
        if (voter.isEmpty()) {
            return new Result.NotOnList();
        }
        boolean corrected = jdbc.sql("""
                SELECT count(*) FROM roll_corrections WHERE election_id = ? AND rrn_lookup = ? AND kind <> 'COURT_ORDER_ADDITION'""")
                .params(id.value(), lookup).query(Long.class).single() > 0;
        if (corrected) {
            return new Result.AlreadyCorrected();
        }
        int version = jdbc.sql("SELECT coalesce(max(version), 1) + 1 FROM roll_corrections WHERE election_id = ?")
                .param(id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO roll_corrections (election_id, version, rrn_lookup, rrn_masked, kind, reason, parent_digest, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), version, lookup, voter.get().rrnMasked(), kind.name(), reason.strip(),
                        list.get().digest(), by).update();
        audit.recordAs(by, RollAuditEvent.ROLL_CORRECTION_RECORDED, RollCompilation.target(id), AuditOutcome.SUCCESS,
                Map.of("version", Integer.toString(version), "kind", kind.name(), "rrn", voter.get().rrnMasked()));
        events.publishEvent(new CorrectionRecorded(id, new VoterId(voter.get().id()), version, kind));
        return new Result.Recorded(version);
    }

    private record Voter(long id, String rrnMasked) {
    }


    public List<Correction> of(ElectionId id) {
        return jdbc.sql("SELECT * FROM roll_corrections WHERE election_id = ? ORDER BY version").param(id.value())
                .query((rs, n) -> new Correction(rs.getInt("version"), rs.getString("rrn_masked"), rs.getString("kind"),
                        rs.getString("reason"), rs.getString("parent_digest"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }
}
