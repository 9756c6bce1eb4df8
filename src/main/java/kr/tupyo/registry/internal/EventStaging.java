package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.tupyo.registry.ResidenceType;

/** The staging table of a change-event import, read back in the order the events apply. */
final class EventStaging {

    private final ImportContext context;
    private CopyRows copy;

    EventStaging(ImportContext context) {
        this.context = context;
    }

    EventStaging open() {
        context.jdbc().sql("""
                CREATE TEMPORARY TABLE event_staging (
                    line BIGINT, event_id TEXT, rrn_lookup BYTEA, rrn_encrypted BYTEA, rrn_masked TEXT,
                    rrn_birth_date DATE, rrn_sex CHAR(1), type TEXT, effective_date DATE, name TEXT,
                    nationality CHAR(2), emd_code TEXT, address TEXT, residence_type TEXT,
                    permanent_residence_since DATE, row_digest BYTEA) ON COMMIT DROP""").update();
        copy = new CopyRows(context.connection(), "event_staging", "line", "event_id", "rrn_lookup", "rrn_encrypted",
                "rrn_masked", "rrn_birth_date", "rrn_sex", "type", "effective_date", "name", "nationality", "emd_code",
                "address", "residence_type", "permanent_residence_since", "row_digest");
        return this;
    }

    void add(StagedEvent e) {
        copy.row(e.line(), e.eventId(), e.rrn().lookup(), e.rrn().encrypted(), e.rrn().masked(), e.rrnBirthDate(),
                e.rrnSex(), e.type(), e.effectiveDate(), e.name(), e.nationality(), e.emdCode(), e.address(),
                e.residenceType(), e.permanentResidenceSince(), e.digest());
    }

    void close() {
        copy.end();
    }

    void reportDuplicateIds() {
        context.jdbc().sql("""
                SELECT s.line, d.first_line FROM event_staging s
                JOIN (SELECT event_id, min(line) AS first_line FROM event_staging GROUP BY event_id HAVING count(*) > 1) d
                  ON d.event_id = s.event_id
                WHERE s.line <> d.first_line ORDER BY s.line""")
                .query((rs, n) -> {
                    context.issues().error(rs.getLong(1), "event_id", "DUPLICATE_IN_FILE", String.valueOf(rs.getLong(2)));
                    return null;
                }).list();
    }

    long count() {
        return context.jdbc().sql("SELECT count(*) FROM event_staging").query(Long.class).single();
    }

    /**
     * Starts reading the events in the order they apply: effective date, then line. One cursor sorts
     * the staged events once; a query per page "after (date, line)" would scan and sort the whole
     * unindexed table for every page.
     */
    void startReading() {
        context.jdbc().sql("DECLARE event_order NO SCROLL CURSOR FOR SELECT * FROM event_staging ORDER BY effective_date, line")
                .update();
    }

    /** The next page of at most {@code size} events, or an empty list after the last. */
    List<StagedEvent> next(int size) {
        return context.jdbc().sql("FETCH FORWARD " + size + " FROM event_order")
                .query((rs, n) -> new StagedEvent(rs.getLong("line"), rs.getString("event_id"),
                        new RrnProtection.Protected(rs.getBytes("rrn_lookup"), rs.getBytes("rrn_encrypted"),
                                rs.getString("rrn_masked")),
                        rs.getObject("rrn_birth_date", LocalDate.class), rs.getString("rrn_sex"),
                        EventType.valueOf(rs.getString("type")), rs.getObject("effective_date", LocalDate.class),
                        rs.getString("name"), rs.getString("nationality"), rs.getString("emd_code"),
                        rs.getString("address"),
                        Optional.ofNullable(rs.getString("residence_type")).map(ResidenceType::valueOf).orElse(null),
                        rs.getObject("permanent_residence_since", LocalDate.class), rs.getBytes("row_digest")))
                .list();
    }

    void stopReading() {
        context.jdbc().sql("CLOSE event_order").update();
    }
}
