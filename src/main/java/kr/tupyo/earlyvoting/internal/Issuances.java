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

    /** What {@link #claimAndInsertAll} did for one request. */
    enum Claim {
        /** The Idempotency-Key was used before (by a committed request): nothing written. */
        KEY_USED_BEFORE,
        /** The key is claimed (outcome {@code ISSUED} for now), but the voter has an issuance already. */
        VOTER_HAS_ISSUANCE,
        /** Key claimed with outcome {@code ISSUED}, issuance and signature recorded. */
        ISSUED
    }

    /** One issuance to write with {@link #claimAndInsertAll}, with its key, signature and the moment it was claimed. */
    record ToWrite(Issuance issuance, String voterKey, String idempotencyKey, Instant claimedAt, byte[] signaturePng,
                   LocalDate signaturePurgeAfter) {
    }

    /**
     * The issuing writes in one statement, for many requests (the issuance writer's batch, decision 123): claims
     * each station's Idempotency-Key (settled as {@code ISSUED} with the issuance's id), then — only if
     * claimed — inserts the issuance unless the voter has one (the primary key decides), then — only if
     * inserted — the signature. A concurrent request with the same key, or for the same voter, waits for the
     * other transaction. On {@code VOTER_HAS_ISSUANCE} the caller settles the key otherwise. Answers one
     * {@link Claim} per request, in the list's order. Keys are claimed in (station, key) order and
     * issuances inserted in (election, voter) order, the order every batch takes, so two concurrent batches
     * may wait for each other but not deadlock. Within a batch, a second request with the same key or for
     * the same voter is refused exactly as a request after it would be.
     */
    List<Claim> claimAndInsertAll(List<ToWrite> requests) {
        int n = requests.size();
        String[] ids = new String[n], elections = new String[n], voters = new String[n], identifications = new String[n],
                stations = new String[n], keys = new String[n], claimedAt = new String[n], days = new String[n],
                issuedAt = new String[n], emds = new String[n], inDistrict = new String[n], contests = new String[n],
                envelopes = new String[n], purgeAfter = new String[n];
        byte[][] images = new byte[n][];
        for (int r = 0; r < n; r++) {
            ToWrite w = requests.get(r);
            Issuance i = w.issuance();
            ids[r] = i.id().toString();
            elections[r] = i.election().value().toString();
            voters[r] = w.voterKey();
            identifications[r] = i.identificationId().toString();
            stations[r] = i.station().value();
            keys[r] = w.idempotencyKey();
            claimedAt[r] = w.claimedAt().toString();
            days[r] = i.day().toString();
            issuedAt[r] = i.issuedAt().toString();
            emds[r] = i.voterEmdCode();
            inDistrict[r] = Boolean.toString(i.inDistrict());
            contests[r] = "{" + String.join(",", i.contests().stream().map(ContestId::toString).toList()) + "}";
            envelopes[r] = i.envelopeCode();
            images[r] = w.signaturePng();
            purgeAfter[r] = w.signaturePurgeAfter().toString();
        }
        List<Claim> claims = jdbc.sql("""
                WITH input AS MATERIALIZED (
                    SELECT CAST(id AS uuid) AS id, CAST(election AS uuid) AS election, voter,
                           CAST(identification AS uuid) AS identification, station, key,
                           CAST(claimed_at AS timestamptz) AS claimed_at, CAST(day AS date) AS day,
                           CAST(issued_at AS timestamptz) AS issued_at, emd, CAST(in_district AS boolean) AS in_district,
                           CAST(contests AS uuid[]) AS contests, envelope, image, CAST(purge_after AS date) AS purge_after, n
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[]) WITH ORDINALITY
                         AS t(id, election, voter, identification, station, key, claimed_at, day, issued_at, emd,
                              in_district, contests, envelope, image, purge_after, n)),
                claimed AS (
                    INSERT INTO ev_idempotency_keys (station_code, idempotency_key, identification_id, created_at, outcome,
                                                     issuance_id)
                    SELECT station, key, identification, claimed_at, 'ISSUED', id FROM input ORDER BY station, key, n
                    ON CONFLICT DO NOTHING
                    RETURNING issuance_id),
                issued AS (
                    INSERT INTO ev_issuances (id, election_id, voter_key, identification_id, station_code, day, issued_at,
                                              voter_emd_code, in_district, contest_ids, envelope_code, signed)
                    SELECT id, election, voter, identification, station, day, issued_at, emd, in_district, contests,
                           envelope, true
                    FROM input WHERE id IN (SELECT issuance_id FROM claimed) ORDER BY election, voter, n
                    ON CONFLICT (election_id, voter_key) DO NOTHING
                    RETURNING id),
                signed AS (
                    INSERT INTO ev_signatures (issuance_id, image, media_type, purge_after)
                    SELECT id, image, 'image/png', purge_after FROM input WHERE id IN (SELECT id FROM issued) ORDER BY id
                    RETURNING issuance_id)
                SELECT id IN (SELECT issuance_id FROM claimed) AS claimed, id IN (SELECT id FROM issued) AS issued,
                       id IN (SELECT issuance_id FROM signed) AS signed
                FROM input ORDER BY n""")
                .params(ids, elections, voters, identifications, stations, keys, claimedAt, days, issuedAt, emds,
                        inDistrict, contests, envelopes, images, purgeAfter)
                .query((rs, row) -> {
                    if (!rs.getBoolean("claimed")) {
                        return Claim.KEY_USED_BEFORE;
                    }
                    if (!rs.getBoolean("issued")) {
                        return Claim.VOTER_HAS_ISSUANCE;
                    }
                    if (!rs.getBoolean("signed")) {
                        throw new IllegalStateException("issuance recorded without its signature");
                    }
                    return Claim.ISSUED;
                }).list();
        if (claims.size() != n) {
            throw new IllegalStateException("wrote " + claims.size() + " answers for " + n + " issuance requests");
        }
        return claims;
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
