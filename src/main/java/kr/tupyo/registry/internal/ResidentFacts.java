package kr.tupyo.registry.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
 * set-based). Reading a page is three queries by array of keys; writing it is a few JDBC batches on
 * the import's connection, so a page costs about ten round trips instead of six per event. Both run
 * in the import's transaction: everything is still all-or-nothing.
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
     * Stores what the page changed. New people get their ids from the residents' identity sequence in
     * the order the events registered them, as one insert each would have. Deletions and closings
     * come before the facts that replace them (same key; at most one current fact per person).
     */
    void write(RegisterOverlay page) {
        try {
            long[] ids = reserveIds(page.newResidents().size());
            batch("""
                    INSERT INTO residents (id, rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, first_import)
                    OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?)""", page.newResidents(), (ps, r) -> {
                ps.setLong(1, id(r.provisionalId(), ids));
                ps.setBytes(2, r.rrn().lookup());
                ps.setBytes(3, r.rrn().encrypted());
                ps.setString(4, r.rrn().masked());
                ps.setObject(5, r.birthDate());
                ps.setString(6, r.sex());
                ps.setObject(7, importId);
            });
            batch("DELETE FROM resident_facts WHERE resident_id = ? AND valid_from = ?", page.deleted(), (ps, k) -> {
                ps.setLong(1, k.residentId());
                ps.setObject(2, k.validFrom());
            });
            batch("UPDATE resident_facts SET valid_to = ? WHERE resident_id = ? AND valid_from = ?",
                    page.closed().entrySet(), (ps, c) -> {
                        ps.setObject(1, c.getValue());
                        ps.setLong(2, c.getKey().residentId());
                        ps.setObject(3, c.getKey().validFrom());
                    });
            batch("""
                    INSERT INTO resident_facts (resident_id, valid_from, valid_to, name, nationality, emd_code, address,
                           registered_since, residence_type, permanent_residence_since, source_import, source_event)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", page.inserted(), (ps, row) -> {
                Fact f = row.fact();
                ps.setLong(1, id(f.residentId(), ids));
                ps.setObject(2, f.validFrom());
                date(ps, 3, row.validTo());
                ps.setString(4, f.name());
                ps.setString(5, f.nationality());
                ps.setString(6, f.emdCode());
                ps.setString(7, f.address());
                ps.setObject(8, f.registeredSince());
                ps.setString(9, f.residenceType().name());
                date(ps, 10, f.permanentResidenceSince());
                ps.setObject(11, importId);
                ps.setString(12, row.sourceEvent());
            });
            batch("UPDATE residents SET deceased_on = ? WHERE id = ?", page.deaths().entrySet(), (ps, d) -> {
                ps.setObject(1, d.getValue());
                ps.setLong(2, id(d.getKey(), ids));
            });
            batch("""
                    INSERT INTO resident_events (event_id, resident_id, type, effective_date, row_digest, import_id)
                    VALUES (?, ?, ?, ?, ?, ?)""", page.events(), (ps, e) -> {
                ps.setString(1, e.eventId());
                ps.setLong(2, id(e.residentId(), ids));
                ps.setString(3, e.type().name());
                ps.setObject(4, e.date());
                ps.setBytes(5, e.digest());
                ps.setObject(6, importId);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("storing a page of change events failed", e);
        }
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

    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> void batch(String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
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
