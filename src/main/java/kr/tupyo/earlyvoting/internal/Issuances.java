package kr.tupyo.earlyvoting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issuance table. Its primary key (election, voter) is the exactly-once rule. */
@Repository
class Issuances {

    private final JdbcClient jdbc;

    Issuances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the issuance unless the voter has one already, on any station or instance: a concurrent
     * insert for the same voter waits for the other transaction and then inserts nothing.
     */
    boolean insertOnce(Issuance i, String voterKey, boolean signed) {
        return jdbc.sql("""
                INSERT INTO ev_issuances (id, election_id, voter_key, identification_id, station_code, day, issued_at,
                                          voter_emd_code, in_district, contest_ids, envelope_code, signed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?)
                ON CONFLICT (election_id, voter_key) DO NOTHING""")
                .params(i.id(), i.election().value(), voterKey, i.identificationId(), i.station().value(), i.day(),
                        Timestamp.from(i.issuedAt()), i.voterEmdCode(), i.inDistrict(),
                        "{" + String.join(",", i.contests().stream().map(ContestId::toString).toList()) + "}",
                        i.envelopeCode(), signed)
                .update() == 1;
    }

    /** What {@link #claimAndInsertOnce} did. */
    enum Claim {
        /** The Idempotency-Key was used before (by a committed request): nothing written. */
        KEY_USED_BEFORE,
        /** The key is claimed (outcome {@code ISSUED} for now), but the voter has an issuance already. */
        VOTER_HAS_ISSUANCE,
        /** Key claimed with outcome {@code ISSUED}, issuance and signature recorded. */
        ISSUED
    }

    /**
     * The issuing writes in one statement: claims the station's Idempotency-Key (settled as
     * {@code ISSUED} with this issuance's id), then — only if claimed — inserts the issuance unless the
     * voter has one (the primary key decides), then — only if inserted — the signature. A concurrent
     * request with the same key, or for the same voter, waits for the other transaction as with
     * separate statements. On {@code VOTER_HAS_ISSUANCE} the caller settles the key otherwise.
     */
    Claim claimAndInsertOnce(Issuance i, String voterKey, String idempotencyKey, Instant claimedAt, byte[] signaturePng,
                             LocalDate signaturePurgeAfter) {
        return jdbc.sql("""
                WITH claimed AS (
                    INSERT INTO ev_idempotency_keys (station_code, idempotency_key, identification_id, created_at, outcome,
                                                     issuance_id)
                    VALUES (:station, :key, :identification, :claimedAt, 'ISSUED', :id)
                    ON CONFLICT DO NOTHING
                    RETURNING 1),
                issued AS (
                    INSERT INTO ev_issuances (id, election_id, voter_key, identification_id, station_code, day, issued_at,
                                              voter_emd_code, in_district, contest_ids, envelope_code, signed)
                    SELECT :id, :election, CAST(:voter AS text), :identification, :station, CAST(:day AS date),
                           CAST(:issuedAt AS timestamptz), CAST(:emd AS text), CAST(:inDistrict AS boolean),
                           CAST(:contests AS uuid[]), CAST(:envelope AS text), true
                    FROM claimed
                    ON CONFLICT (election_id, voter_key) DO NOTHING
                    RETURNING id),
                signed AS (
                    INSERT INTO ev_signatures (issuance_id, image, media_type, purge_after)
                    SELECT id, :image, 'image/png', CAST(:purgeAfter AS date) FROM issued
                    RETURNING 1)
                SELECT (SELECT count(*) FROM claimed) AS claimed, (SELECT count(*) FROM issued) AS issued,
                       (SELECT count(*) FROM signed) AS signed""")
                .param("station", i.station().value()).param("key", idempotencyKey)
                .param("identification", i.identificationId()).param("claimedAt", Timestamp.from(claimedAt))
                .param("id", i.id()).param("election", i.election().value()).param("voter", voterKey)
                .param("day", i.day()).param("issuedAt", Timestamp.from(i.issuedAt())).param("emd", i.voterEmdCode())
                .param("inDistrict", i.inDistrict())
                .param("contests", "{" + String.join(",", i.contests().stream().map(ContestId::toString).toList()) + "}")
                .param("envelope", i.envelopeCode()).param("image", signaturePng).param("purgeAfter", signaturePurgeAfter)
                .query((rs, n) -> {
                    if (rs.getInt("claimed") == 0) {
                        return Claim.KEY_USED_BEFORE;
                    }
                    if (rs.getInt("issued") == 0) {
                        return Claim.VOTER_HAS_ISSUANCE;
                    }
                    if (rs.getInt("signed") != 1) {
                        throw new IllegalStateException("issuance " + i.id() + " recorded without its signature");
                    }
                    return Claim.ISSUED;
                }).single();
    }

    Optional<Issuance> find(UUID id) {
        return jdbc.sql("SELECT * FROM ev_issuances WHERE id = ?").param(id).query(Issuances::row).optional();
    }

    Optional<Issuance> ofVoter(ElectionId election, String voterKey) {
        return jdbc.sql("SELECT * FROM ev_issuances WHERE election_id = ? AND voter_key = ?")
                .params(election.value(), voterKey).query(Issuances::row).optional();
    }

    /** Takes the right to print the ballots once; false when they were printed already. */
    boolean takePrint(UUID id) {
        return jdbc.sql("""
                UPDATE ev_issuances SET ballots_printable = false, ballots_printed = ballots_printed + 1
                WHERE id = ? AND ballots_printable""").param(id).update() == 1;
    }

    /** After a spoil: the ballots may be printed once more. False unless they had been printed. */
    boolean allowReprint(UUID id) {
        return jdbc.sql("UPDATE ev_issuances SET ballots_printable = true WHERE id = ? AND NOT ballots_printable")
                .param(id).update() == 1;
    }

    void envelopePrinted(UUID id) {
        jdbc.sql("UPDATE ev_issuances SET envelope_printed = true WHERE id = ?").param(id).update();
    }

    static Issuance row(ResultSet rs, int n) throws SQLException {
        Array contests = rs.getArray("contest_ids");
        List<ContestId> ids = Arrays.stream((Object[]) contests.getArray()).map(o -> new ContestId((UUID) o)).toList();
        return new Issuance(rs.getObject("id", UUID.class), new ElectionId(rs.getObject("election_id", UUID.class)),
                rs.getObject("identification_id", UUID.class), new StationCode(rs.getString("station_code")),
                rs.getObject("day", java.time.LocalDate.class), rs.getTimestamp("issued_at").toInstant(),
                rs.getString("voter_emd_code"), rs.getBoolean("in_district"), ids, rs.getBoolean("ballots_printable"),
                rs.getInt("ballots_printed"), rs.getString("envelope_code"), rs.getBoolean("envelope_printed"));
    }
}
