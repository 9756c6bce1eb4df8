package kr.tupyo.registry.internal;

import java.time.LocalDate;
import kr.tupyo.registry.DisqualificationKind;

/** The SQL side of a disqualification import: staging, set-based checks, upsert. */
final class DisqualificationStaging {

    private final ImportContext context;
    private CopyRows copy;

    DisqualificationStaging(ImportContext context) {
        this.context = context;
    }

    DisqualificationStaging open() {
        context.jdbc().sql("""
                CREATE TEMPORARY TABLE disqualification_staging (
                    line BIGINT, rrn_lookup BYTEA, rrn_encrypted BYTEA, rrn_masked TEXT, kind TEXT,
                    from_date DATE, until_date DATE, reference TEXT) ON COMMIT DROP""").update();
        copy = new CopyRows(context.connection(), "disqualification_staging", "line", "rrn_lookup", "rrn_encrypted",
                "rrn_masked", "kind", "from_date", "until_date", "reference");
        return this;
    }

    void add(long line, RrnProtection.Protected rrn, DisqualificationKind kind, LocalDate from, LocalDate until,
             String reference) {
        copy.row(line, rrn.lookup(), rrn.encrypted(), rrn.masked(), kind, from, until, reference);
    }

    void close() {
        copy.end();
    }

    /** The same notice (number, kind, reference) twice in one file is an error. */
    void reportDuplicates() {
        context.jdbc().sql("""
                SELECT s.line, d.first_line FROM disqualification_staging s
                JOIN (SELECT rrn_lookup, kind, reference, min(line) AS first_line FROM disqualification_staging
                      GROUP BY 1, 2, 3 HAVING count(*) > 1) d
                  ON (d.rrn_lookup, d.kind, d.reference) = (s.rrn_lookup, s.kind, s.reference)
                WHERE s.line <> d.first_line ORDER BY s.line""")
                .query((rs, n) -> {
                    context.issues().error(rs.getLong(1), "reference", "DUPLICATE_IN_FILE", String.valueOf(rs.getLong(2)));
                    return null;
                }).list();
    }

    void warnNotOnRegister() {
        context.jdbc().sql("""
                SELECT line FROM disqualification_staging s
                WHERE NOT EXISTS (SELECT 1 FROM residents r WHERE r.rrn_lookup = s.rrn_lookup) ORDER BY line""")
                .query((rs, n) -> {
                    context.issues().warning(rs.getLong(1), "rrn", "NOT_ON_REGISTER");
                    return null;
                }).list();
    }

    long store() {
        return context.jdbc().sql("""
                INSERT INTO disqualifications (rrn_lookup, rrn_encrypted, rrn_masked, kind, from_date, until_date,
                                               reference, import_id)
                SELECT rrn_lookup, rrn_encrypted, rrn_masked, kind, from_date, until_date, reference, :import
                FROM disqualification_staging
                ON CONFLICT (rrn_lookup, kind, reference) DO UPDATE
                    SET from_date = excluded.from_date, until_date = excluded.until_date, import_id = excluded.import_id""")
                .param("import", context.importId()).update();
    }
}
