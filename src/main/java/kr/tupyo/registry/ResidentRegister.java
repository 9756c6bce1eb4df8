package kr.tupyo.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The resident register as it stood on a date: the extract in force then plus the change events
 * effective up to and including that date. For compiling a voters list of 52 M people, use the SQL
 * functions below in an {@code INSERT ... SELECT} instead of streaming through Java:
 * <pre>
 * SELECT * FROM registry_residents_as_of(DATE '2026-05-06')
 *   -- resident_id, rrn_lookup, rrn_encrypted, rrn_masked, name, birth_date, sex, nationality, emd_code,
 *   -- address, registered_since, residence_type, permanent_residence_since, deceased_on
 * SELECT * FROM registry_all_residents_as_of(DATE '2026-05-06') WHERE emd_code &gt;= ... -- the same rows, shaped
 *   -- for reading the whole register or a large range of 읍면동 (each fact probes its person; migration V4_6)
 * SELECT * FROM registry_disqualifications_in_force(DATE '2026-06-03')
 *   -- rrn_lookup, rrn_masked, kind, from_date, until_date, reference   (join on rrn_lookup)
 * </pre>
 * {@code rrn_lookup} is {@code PersonalDataProtection.lookupHash(rrn.digits())}; {@code rrn_encrypted}
 * is {@code PersonalDataProtection.encrypt(rrn.digits())}.
 */
public interface ResidentRegister {

    String RESIDENTS_AS_OF_FUNCTION = "registry_residents_as_of";
    String DISQUALIFICATIONS_IN_FORCE_FUNCTION = "registry_disqualifications_in_force";

    long countAsOf(LocalDate date);

    /** Streams every resident on the register on the date, ordered by 읍면동 code and resident id. */
    void forEachAsOf(LocalDate date, Consumer<RegisteredResident> action);

    Optional<RegisteredResident> findAsOf(ResidentRegistrationNumber rrn, LocalDate date);

    /** The notices for one person that are in force on the date. */
    List<Disqualification> disqualificationsInForce(ResidentRegistrationNumber rrn, LocalDate date);

    /** Streams every notice in force on the date. */
    void forEachDisqualificationInForce(LocalDate date, Consumer<Disqualification> action);

    /** The date of the newest full extract, if any. */
    Optional<LocalDate> latestExtractDate();
}
