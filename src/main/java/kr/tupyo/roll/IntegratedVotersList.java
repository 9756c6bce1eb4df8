package kr.tupyo.roll;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentRegistrationNumber;

/**
 * The integrated voters list (통합선거인명부): the finalised voters lists of all precincts of an
 * election, served as one national index for identification at any early-voting station.
 * <p>
 * Only <b>finalised</b> lists answer: for an election whose list is not finalised (or not compiled),
 * every method finds nothing. A person is on an election's list at most once (a database constraint
 * on the keyed hash), so the look-ups by number return at most one voter.
 * <p>
 * Corrections recorded after finalisation (a death reported later, a court order) never change the
 * list; they appear here as {@link ListedVoter.Status#BLOCKED} with a {@link BlockReason}, and early
 * voting must refuse to issue a ballot to a blocked voter.
 * <p>
 * Speed: each look-up is one index probe on {@code roll_entries (election_id, rrn_lookup)} (unique)
 * or {@code (birth_date, name)} (voters only) plus one on {@code roll_corrections}; it answers in
 * milliseconds with 44 M voters. Implementations are thread-safe; no caching is needed.
 * <p>
 * Tables (read-only for other modules, for reports in SQL): {@code roll_entries} (one row per resident
 * and election; {@code exclusion IS NULL} means on the list), {@code voters_lists} ({@code status = 'FINALISED'}),
 * {@code roll_corrections} (blocks), {@code roll_emd_contests} (contest ids per 읍면동).
 */
public interface IntegratedVotersList {

    /** The voter with this registration number (hashed with {@code PersonalDataProtection.lookupHash}). */
    Optional<ListedVoter> findByRrn(ElectionId election, ResidentRegistrationNumber rrn);

    /**
     * The voter with this keyed hash of the 13 digits ({@code PersonalDataProtection.lookupHash(rrn.digits())},
     * 32 bytes), for a caller that already holds the hash.
     */
    Optional<ListedVoter> findByLookupHash(ElectionId election, byte[] rrnLookupHash);

    /**
     * {@link #findByRrn} for several numbers in one statement (early voting looks up what many stations
     * asked at the same moment together, decision 123): one answer per number, in the list's order.
     */
    List<Optional<ListedVoter>> findAllByRrn(ElectionId election, List<ResidentRegistrationNumber> rrns);

    /** Voters with exactly this name (as registered) and birth date, by 시군구, precinct and voter number. */
    List<ListedVoter> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate);

    /** True when the election's list is finalised (and so answers here). */
    boolean isFinalised(ElectionId election);
}
