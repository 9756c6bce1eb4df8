package kr.tupyo.registry.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.registry.ResidenceType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the register that change events touch, a page of events at a time (extracts are stored
 * set-based). Reading a page is three queries by array of keys; writing it is one statement per kind
 * of change over arrays of the page's rows ({@link PageColumns}), so a page costs about ten round
 * trips and ten statements on the server instead of six per event. Both run on the import's
 * connection, in its transaction: everything is still all-or-nothing.
 */
final class ResidentFacts {

    private final Connection connection;
    private final JdbcClient jdbc;
    private final UUID importId;

    ResidentFacts(ImportContext context) {
        this.connection = context.connection();
        this.jdbc = context.jdbc();
        this.importId = context.importId();
    }

    /** What the register says about the events' ids and people before the page applies. */
    RegisterOverlay read(List<StagedEvent> page) {
        Map<String, byte[]> digests = new HashMap<>();
        jdbc.sql("SELECT event_id, row_digest FROM resident_events WHERE event_id = ANY(?)")
                .param(array("text", page.stream().map(StagedEvent::eventId).distinct().toArray(String[]::new)))
                .query(rs -> {
                    digests.put(rs.getString(1), rs.getBytes(2));
                });
        Map<ByteBuffer, RegisterOverlay.Resident> residents = new HashMap<>();
        jdbc.sql("SELECT id, rrn_lookup, deceased_on FROM residents WHERE rrn_lookup = ANY(?)")
                .param(array("bytea", page.stream().map(e -> RegisterOverlay.key(e.rrn().lookup())).distinct()
                        .map(ResidentFacts::bytes).toArray(byte[][]::new)))
                .query(rs -> {
                    residents.put(RegisterOverlay.key(rs.getBytes(2)),
                            new RegisterOverlay.Resident(rs.getLong(1), rs.getObject(3, LocalDate.class)));
                });
        Map<Long, Fact> current = new HashMap<>();
        jdbc.sql("SELECT * FROM resident_facts WHERE resident_id = ANY(?) AND valid_to IS NULL")
                .param(array("bigint", residents.values().stream().map(RegisterOverlay.Resident::id).toArray(Long[]::new)))
                .query(rs -> {
                    current.put(rs.getLong("resident_id"), new Fact(rs.getLong("resident_id"),
                            rs.getObject("valid_from", LocalDate.class), rs.getString("name"),
                            rs.getString("nationality"), rs.getString("emd_code"), rs.getString("address"),
                            rs.getObject("registered_since", LocalDate.class),
                            ResidenceType.valueOf(rs.getString("residence_type")),
                            rs.getObject("permanent_residence_since", LocalDate.class)));
                });
        return new RegisterOverlay(digests, residents, current);
    }

    /**
     * Stores what the page changed, one statement per kind of change. New people get their ids from the
     * residents' identity sequence in the order the events registered them, as one insert each would
     * have. Deletions and closings come before the facts that replace them (same key; at most one
     * current fact per person).
     */
    void write(RegisterOverlay page) {
        long[] ids = reserveIds(page.newResidents().size());
        update("""
                INSERT INTO residents (id, rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, first_import)
                OVERRIDING SYSTEM VALUE
                SELECT v.id, v.rrn_lookup, v.rrn_encrypted, v.rrn_masked, v.birth_date, v.sex, :import_id
                FROM unnest(:id::bigint[], :rrn_lookup::bytea[], :rrn_encrypted::bytea[], :rrn_masked::text[],
                            :birth_date::date[], :sex::text[])
                     AS v(id, rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex)""",
                columns(page.newResidents())
                        .bigint("id", r -> id(r.provisionalId(), ids))
                        .bytea("rrn_lookup", r -> r.rrn().lookup())
                        .bytea("rrn_encrypted", r -> r.rrn().encrypted())
                        .text("rrn_masked", r -> r.rrn().masked())
                        .date("birth_date", RegisterOverlay.NewResident::birthDate)
                        .text("sex", RegisterOverlay.NewResident::sex)
                        .value("import_id", importId));
        update("""
                DELETE FROM resident_facts f
                USING unnest(:resident_id::bigint[], :valid_from::date[]) AS v(resident_id, valid_from)
                WHERE f.resident_id = v.resident_id AND f.valid_from = v.valid_from""",
                columns(page.deleted())
                        .bigint("resident_id", RegisterOverlay.FactKey::residentId)
                        .date("valid_from", RegisterOverlay.FactKey::validFrom));
        update("""
                UPDATE resident_facts f SET valid_to = v.valid_to
                FROM unnest(:resident_id::bigint[], :valid_from::date[], :valid_to::date[])
                     AS v(resident_id, valid_from, valid_to)
                WHERE f.resident_id = v.resident_id AND f.valid_from = v.valid_from""",
                columns(page.closed().entrySet())
                        .bigint("resident_id", c -> c.getKey().residentId())
                        .date("valid_from", c -> c.getKey().validFrom())
                        .date("valid_to", Map.Entry::getValue));
        int factsInserted = update("""
                INSERT INTO resident_facts (resident_id, valid_from, valid_to, name, nationality, emd_code, address,
                       registered_since, residence_type, permanent_residence_since, source_import, source_event,
                       rrn_lookup, rrn_masked, birth_date, sex)
                SELECT v.resident_id, v.valid_from, v.valid_to, v.name, v.nationality, v.emd_code, v.address,
                       v.registered_since, v.residence_type, v.permanent_residence_since, :import_id, v.source_event,
                       p.rrn_lookup, p.rrn_masked, p.birth_date, p.sex
                FROM unnest(:resident_id::bigint[], :valid_from::date[], :valid_to::date[], :name::text[],
                            :nationality::text[], :emd_code::text[], :address::text[], :registered_since::date[],
                            :residence_type::text[], :permanent_residence_since::date[], :source_event::text[])
                     AS v(resident_id, valid_from, valid_to, name, nationality, emd_code, address,
                          registered_since, residence_type, permanent_residence_since, source_event)
                -- The person's unchanging columns on each fact (V4_7), from their row: new people were inserted above.
                JOIN residents p ON p.id = v.resident_id""",
                columns(page.inserted())
                        .bigint("resident_id", row -> id(row.fact().residentId(), ids))
                        .date("valid_from", row -> row.fact().validFrom())
                        .date("valid_to", RegisterOverlay.FactRow::validTo)
                        .text("name", row -> row.fact().name())
                        .text("nationality", row -> row.fact().nationality())
                        .text("emd_code", row -> row.fact().emdCode())
                        .text("address", row -> row.fact().address())
                        .date("registered_since", row -> row.fact().registeredSince())
                        .text("residence_type", row -> row.fact().residenceType().name())
                        .date("permanent_residence_since", row -> row.fact().permanentResidenceSince())
                        .text("source_event", RegisterOverlay.FactRow::sourceEvent)
                        .value("import_id", importId));
        if (factsInserted != page.inserted().size()) { // the join to residents lost a fact: never store a page half
            throw new IllegalStateException("stored " + factsInserted + " of " + page.inserted().size() + " facts: a person is missing");
        }
        update("""
                UPDATE residents r SET deceased_on = v.deceased_on
                FROM unnest(:id::bigint[], :deceased_on::date[]) AS v(id, deceased_on)
                WHERE r.id = v.id""",
                columns(page.deaths().entrySet())
                        .bigint("id", d -> id(d.getKey(), ids))
                        .date("deceased_on", Map.Entry::getValue));
        update("""
                INSERT INTO resident_events (event_id, resident_id, type, effective_date, row_digest, import_id)
                SELECT v.event_id, v.resident_id, v.type, v.effective_date, v.row_digest, :import_id
                FROM unnest(:event_id::text[], :resident_id::bigint[], :type::text[], :effective_date::date[],
                            :row_digest::bytea[])
                     AS v(event_id, resident_id, type, effective_date, row_digest)""",
                columns(page.events())
                        .text("event_id", RegisterOverlay.AppliedEvent::eventId)
                        .bigint("resident_id", e -> id(e.residentId(), ids))
                        .text("type", e -> e.type().name())
                        .date("effective_date", RegisterOverlay.AppliedEvent::date)
                        .bytea("row_digest", RegisterOverlay.AppliedEvent::digest)
                        .value("import_id", importId));
    }

    private <T> PageColumns<T> columns(Collection<T> rows) {
        return PageColumns.of(connection, rows);
    }

    /** One statement for all the rows of the page; none if there are no rows. Answers the rows it changed. */
    private int update(String sql, PageColumns<?> columns) {
        return columns.isEmpty() ? 0 : jdbc.sql(sql).params(columns.params()).update();
    }

    private long[] reserveIds(int count) {
        if (count == 0) {
            return new long[0];
        }
        // Ascending, so the first person registered in the page gets the lowest id, as one by one.
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('residents', 'id')) FROM generate_series(1, ?)")
                .param(count).query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long id(long id, long[] reserved) {
        return id < 0 ? reserved[(int) (-id - 1)] : id;
    }

    private Array array(String type, Object[] values) {
        try {
            return connection.createArrayOf(type, values);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot pass " + type + " values as an array", e);
        }
    }

    private static byte[] bytes(ByteBuffer key) {
        byte[] b = new byte[key.remaining()];
        key.duplicate().get(b);
        return b;
    }
}
