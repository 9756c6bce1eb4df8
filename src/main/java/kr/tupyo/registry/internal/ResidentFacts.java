package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.registry.ResidenceType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-by-row changes of the register, for change events (extracts are stored set-based). A change
 * closes the current fact on the event's date and opens the next; a second change on the same day
 * rewrites that day's fact, so the last event of a day wins.
 */
final class ResidentFacts {

    record Resident(long id, LocalDate deceasedOn) {
    }

    private final JdbcClient jdbc;
    private final UUID importId;

    ResidentFacts(JdbcClient jdbc, UUID importId) {
        this.jdbc = jdbc;
        this.importId = importId;
    }

    Optional<Resident> resident(byte[] lookup) {
        return jdbc.sql("SELECT id, deceased_on FROM residents WHERE rrn_lookup = ?").param(lookup)
                .query((rs, n) -> new Resident(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional();
    }

    long addResident(RrnProtection.Protected rrn, LocalDate birthDate, String sex) {
        return jdbc.sql("""
                INSERT INTO residents (rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, first_import)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(rrn.lookup(), rrn.encrypted(), rrn.masked(), birthDate, sex, importId).query(Long.class).single();
    }

    Optional<Fact> current(long residentId) {
        return jdbc.sql("SELECT * FROM resident_facts WHERE resident_id = ? AND valid_to IS NULL").param(residentId)
                .query((rs, n) -> new Fact(rs.getLong("resident_id"), rs.getObject("valid_from", LocalDate.class),
                        rs.getString("name"), rs.getString("nationality"), rs.getString("emd_code"),
                        rs.getString("address"), rs.getObject("registered_since", LocalDate.class),
                        ResidenceType.valueOf(rs.getString("residence_type")),
                        rs.getObject("permanent_residence_since", LocalDate.class))).optional();
    }

    /** Replaces the current fact from the date on by the next one. */
    void supersede(Fact current, Fact next, LocalDate date, String eventId) {
        if (current != null && current.validFrom().equals(date)) {
            jdbc.sql("DELETE FROM resident_facts WHERE resident_id = ? AND valid_from = ?")
                    .params(current.residentId(), date).update();
        } else if (current != null) {
            close(current, date);
        }
        jdbc.sql("""
                INSERT INTO resident_facts (resident_id, valid_from, name, nationality, emd_code, address,
                       registered_since, residence_type, permanent_residence_since, source_import, source_event)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(next.residentId(), date, next.name(), next.nationality(), next.emdCode(), next.address(),
                        next.registeredSince(), next.residenceType().name(), next.permanentResidenceSince(), importId,
                        eventId)
                .update();
    }

    void close(Fact current, LocalDate date) {
        jdbc.sql("UPDATE resident_facts SET valid_to = ? WHERE resident_id = ? AND valid_from = ?")
                .params(date, current.residentId(), current.validFrom()).update();
    }

    void died(long residentId, LocalDate date) {
        jdbc.sql("UPDATE residents SET deceased_on = ? WHERE id = ?").params(date, residentId).update();
    }

    void recordEvent(String eventId, long residentId, EventType type, LocalDate date, byte[] digest) {
        jdbc.sql("""
                INSERT INTO resident_events (event_id, resident_id, type, effective_date, row_digest, import_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(eventId, residentId, type.name(), date, digest, importId).update();
    }

    /** The digest of an event already applied, if it was. */
    Optional<byte[]> appliedDigest(String eventId) {
        return jdbc.sql("SELECT row_digest FROM resident_events WHERE event_id = ?").param(eventId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
