package kr.tupyo.registry.internal;

import java.time.LocalDate;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.Sex;

/** The SQL side of an extract import: staging table, duplicate check, and the set-based store. */
final class ExtractStaging {

    private final ImportContext context;
    private CopyRows copy;

    ExtractStaging(ImportContext context) {
        this.context = context;
    }

    /** An extract must be newer than everything on the register, so that history stays in order. */
    void checkNewer() {
        LocalDate newest = context.jdbc().sql("""
                SELECT greatest((SELECT max(extract_date) FROM resident_extracts),
                                (SELECT max(valid_from) FROM resident_facts))""")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (newest != null && !context.effectiveDate().isAfter(newest)) {
            context.issues().error(0, null, "EXTRACT_NOT_NEWER", newest.toString());
        }
    }

    ExtractStaging open() {
        context.jdbc().sql("""
                CREATE TEMPORARY TABLE extract_staging (
                    line BIGINT, rrn_lookup BYTEA, rrn_encrypted BYTEA, rrn_masked TEXT, name TEXT, birth_date DATE,
                    sex CHAR(1), nationality CHAR(2), emd_code TEXT, address TEXT, registered_since DATE,
                    residence_type TEXT, permanent_residence_since DATE) ON COMMIT DROP""").update();
        copy = new CopyRows(context.connection(), "extract_staging", "line", "rrn_lookup", "rrn_encrypted",
                "rrn_masked", "name", "birth_date", "sex", "nationality", "emd_code", "address", "registered_since",
                "residence_type", "permanent_residence_since");
        return this;
    }

    /** A staging row in COPY format; thread-safe, so rows are prepared in parallel. */
    static byte[] format(long line, RrnProtection.Protected rrn, String name, LocalDate birthDate, Sex sex,
                         String nationality, String emdCode, String address, LocalDate registeredSince,
                         ResidenceType residenceType, LocalDate permanentSince) {
        return CopyRows.format(line, rrn.lookup(), rrn.encrypted(), rrn.masked(), name, birthDate, sex, nationality,
                emdCode, address, registeredSince, residenceType, permanentSince);
    }

    void add(byte[] formatted) {
        copy.line(formatted);
    }

    void close() {
        copy.end();
    }

    void reportDuplicates() {
        Duplicates.report(context, "extract_staging", "rrn");
    }

    long store() {
        var jdbc = context.jdbc();
        // Room to sort and hash millions of staged rows in memory, for this transaction only.
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("ANALYZE extract_staging").update();
        jdbc.sql("""
                INSERT INTO residents (rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, first_import)
                SELECT rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, :import FROM extract_staging
                ORDER BY rrn_lookup -- index entries in key order: far fewer random page writes at 5 M rows
                ON CONFLICT (rrn_lookup) DO NOTHING""").param("import", context.importId()).update();
        jdbc.sql("ANALYZE residents").update(); // fresh statistics, so the join below is planned as a hash join
        jdbc.sql("UPDATE resident_facts SET valid_to = :date WHERE valid_to IS NULL")
                .param("date", context.effectiveDate()).update();
        long stored = jdbc.sql("""
                INSERT INTO resident_facts (resident_id, valid_from, name, nationality, emd_code, address,
                       registered_since, residence_type, permanent_residence_since, source_import)
                SELECT r.id, :date, s.name, s.nationality, s.emd_code, s.address, s.registered_since,
                       s.residence_type, s.permanent_residence_since, :import
                FROM extract_staging s JOIN residents r ON r.rrn_lookup = s.rrn_lookup""")
                .param("date", context.effectiveDate()).param("import", context.importId()).update();
        jdbc.sql("INSERT INTO resident_extracts (extract_date, import_id, residents) VALUES (?, ?, ?)")
                .params(context.effectiveDate(), context.importId(), stored).update();
        return stored;
    }
}
