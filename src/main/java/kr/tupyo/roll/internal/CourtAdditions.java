package kr.tupyo.roll.internal;

import java.util.Map;
import java.util.Optional;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.RollAuditEvent;
import kr.tupyo.roll.VoterAddedByCourtOrder;
import kr.tupyo.roll.VoterId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court-ordered additions after finalisation (docs/decisions/103): a correction version of kind
 * {@code COURT_ORDER_ADDITION} against the finalised digest, and the added entry in {@code roll_additions}
 * (never an edit of the finalised entries). Readers see it through the view {@code roll_voters}.
 */
@Service
public class CourtAdditions {

    private final JdbcClient jdbc;
    private final VotersLists lists;
    private final RollPrecincts precincts;
    private final RollEntries entries;
    private final Contests contests;
    private final EmdContests emdContests;
    private final PersonalDataProtection protection;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CourtAdditions(JdbcClient jdbc, VotersLists lists, RollPrecincts precincts, RollEntries entries, Contests contests,
                   EmdContests emdContests, PersonalDataProtection protection, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.precincts = precincts;
        this.entries = entries;
        this.contests = contests;
        this.emdContests = emdContests;
        this.protection = protection;
        this.audit = audit;
        this.events = events;
    }

    /** The outcome of a court-ordered addition. */
    public sealed interface Result {
        record Added(int version, long voterId, String precinctName, int voterNumber) implements Result {
        }

        record NotFinalised() implements Result {
        }

        /** Not on the register as on the reference date, or recorded as deceased. */
        record NotOnRegister() implements Result {
        }

        record AlreadyOnList() implements Result {
        }

        /** An earlier version already added the person. */
        record AlreadyAdded() implements Result {
        }

        /**
         * A by-election holds no contest where the person lives, or none they could vote in (a foreigner where
         * only a National Assembly seat is contested): on its list they would have no ballot (decision 044).
         */
        record OutsideElectionArea() implements Result {
        }
    }

    /**
     * Adds a wrongly omitted person by court order as a new version: their entry as the register had it on
     * the reference date, in the last precinct of their 읍면동 with the number after that precinct's last
     * one (as an accepted omission objection does before finalisation), voting in their 읍면동's contests.
     */
    @Transactional
    public Result add(Election election, ResidentRegistrationNumber rrn, String reason, String by) {
        ElectionId id = election.id();
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty() || list.get().status() != RollStatus.FINALISED) {
            return new Result.NotFinalised();
        }
        byte[] lookup = protection.lookupHash(rrn.digits());
        if (jdbc.sql("SELECT count(*) FROM roll_additions WHERE election_id = ? AND rrn_lookup = ?")
                .params(id.value(), lookup).query(Long.class).single() > 0) {
            return new Result.AlreadyAdded();
        }
        if (jdbc.sql("SELECT count(*) FROM roll_entries WHERE election_id = ? AND rrn_lookup = ? AND exclusion IS NULL")
                .params(id.value(), lookup).query(Long.class).single() > 0) {
            return new Result.AlreadyOnList();
        }
        Optional<Resident> resident = jdbc.sql("""
                SELECT rrn_masked, emd_code, deceased_on FROM registry_residents_as_of(?) WHERE rrn_lookup = ?""")
                .params(list.get().referenceDate(), lookup)
                .query((rs, n) -> new Resident(rs.getString(1), rs.getString(2), rs.getObject(3) != null)).optional();
        if (resident.isEmpty() || resident.get().deceased()) {
            return new Result.NotOnRegister();
        }
        var eligibility = election.eligibilityRules(contests.of(id));
        var rules = eligibility.sqlParameters();
        if (eligibility.electionAreaOnly() && emdContests.of(id, resident.get().emdCode(), constituencyVote(rules,
                list.get().referenceDate(), lookup)).isEmpty()) {
            return new Result.OutsideElectionArea();
        }
        Optional<RollPrecincts.RollPrecinct> precinct = precincts.of(id).stream()
                .filter(p -> p.emdCode().equals(resident.get().emdCode())).reduce((a, b) -> b);
        int seq = precinct.map(RollPrecincts.RollPrecinct::seq).orElse(0);
        int number = entries.nextNumber(id, precinct.map(RollPrecincts.RollPrecinct::id).orElse(null), resident.get().emdCode());
        int version = jdbc.sql("SELECT coalesce(max(version), 1) + 1 FROM roll_corrections WHERE election_id = ?")
                .param(id.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO roll_corrections (election_id, version, rrn_lookup, rrn_masked, kind, reason, parent_digest, recorded_by)
                VALUES (?, ?, ?, ?, 'COURT_ORDER_ADDITION', ?, ?, ?)""")
                .params(id.value(), version, lookup, resident.get().rrnMasked(), reason.strip(), list.get().digest(), by)
                .update();
        long voterId = jdbc.sql("""
                INSERT INTO roll_additions (election_id, version, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex,
                                            nationality, emd_code, address, residence_type, constituency_vote, precinct_id,
                                            precinct_seq, voter_number, remarks)
                SELECT CAST(:election AS uuid), :version, r.resident_id, r.rrn_lookup, r.rrn_masked, r.name, r.birth_date,
                       r.sex, r.nationality, r.emd_code, r.address, r.residence_type,
                       %s,
                       CAST(:precinct AS bigint), :seq, :number, :remarks
                FROM registry_residents_as_of(CAST(:reference_date AS date)) r WHERE r.rrn_lookup = :lookup
                RETURNING id""".formatted(CONSTITUENCY_VOTE))
                .param("election", id.value()).param("version", version)
                .param("overseas_rule", rules.get("overseas_rule"))
                .param("overseas_registered_on_or_before", rules.get("overseas_registered_on_or_before"))
                .param("foreign_residents_local_contests_only", rules.get("foreign_residents_local_contests_only"))
                .param("nationality", rules.get("nationality"))
                .param("precinct", precinct.map(RollPrecincts.RollPrecinct::id).orElse(null), java.sql.Types.BIGINT)
                .param("seq", seq).param("number", number)
                .param("remarks", "법원 결정 추가 (정정 " + version + "): " + reason.strip())
                .param("reference_date", list.get().referenceDate()).param("lookup", lookup)
                .query(Long.class).single();
        String precinctName = precinct.map(RollPrecincts.RollPrecinct::name).orElse(null);
        audit.recordAs(by, RollAuditEvent.ROLL_VOTER_ADDED_BY_COURT_ORDER, RollCompilation.target(id), AuditOutcome.SUCCESS,
                Map.of("version", Integer.toString(version), "rrn", resident.get().rrnMasked(),
                        "precinct", precinctName == null ? "-" : precinctName, "voterNumber", Integer.toString(number)));
        events.publishEvent(new VoterAddedByCourtOrder(id, new VoterId(voterId), version, resident.get().emdCode()));
        return new Result.Added(version, voterId, precinctName, number);
    }

    /** Whether the resident {@code r} votes for the National Assembly constituency, as the compilation says. */
    private static final String CONSTITUENCY_VOTE = """
            NOT ((:overseas_rule <> 'NONE' AND r.residence_type = 'OVERSEAS_REGISTERED'
                  AND r.registered_since > CAST(:overseas_registered_on_or_before AS date))
                 OR (:foreign_residents_local_contests_only AND r.nationality <> :nationality))""";

    private boolean constituencyVote(Map<String, Object> rules, java.time.LocalDate referenceDate, byte[] lookup) {
        return jdbc.sql("SELECT " + CONSTITUENCY_VOTE
                        + " FROM registry_residents_as_of(CAST(:reference_date AS date)) r WHERE r.rrn_lookup = :lookup")
                .param("overseas_rule", rules.get("overseas_rule"))
                .param("overseas_registered_on_or_before", rules.get("overseas_registered_on_or_before"))
                .param("foreign_residents_local_contests_only", rules.get("foreign_residents_local_contests_only"))
                .param("nationality", rules.get("nationality"))
                .param("reference_date", referenceDate).param("lookup", lookup)
                .query(Boolean.class).single();
    }

    private record Resident(String rrnMasked, String emdCode, boolean deceased) {
    }
}
