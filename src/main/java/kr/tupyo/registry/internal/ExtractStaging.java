package kr.tupyo.registry.internal;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/** The SQL side of an extract import: staging table, duplicate check, and the set-based store. */
final class ExtractStaging {

    private static final Logger log = LoggerFactory.getLogger(ExtractStaging.class);

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
        copy = CopyRows.binary(context.connection(), "extract_staging", "line", "rrn_lookup", "rrn_encrypted",
                "rrn_masked", "name", "birth_date", "sex", "nationality", "emd_code", "address", "registered_since",
                "residence_type", "permanent_residence_since");
        return this;
    }

    /** A staging row in binary COPY format; thread-safe, so rows are prepared in parallel. */
    static byte[] format(long line, RrnProtection.Protected rrn, String name, LocalDate birthDate, Sex sex,
                         String nationality, String emdCode, String address, LocalDate registeredSince,
                         ResidenceType residenceType, LocalDate permanentSince) {
        return CopyRows.formatBinary(line, rrn.lookup(), rrn.encrypted(), rrn.masked(), name, birthDate, sex, nationality,
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

    /**
     * Stores the staged extract, or reports the numbers the file repeats and stores nothing. A full
     * extract is the size of the whole register, so:
     * <ul>
     * <li>instead of maintaining the indexes row by row (a B-tree insert per resident for the keyed hash
     * and the id, two per fact), they are dropped inside this transaction and rebuilt by sorting once at
     * the end (docs/decisions/023): even the residents' primary key, whose ids only grow, cost 6 of 18 s
     * for 5 M rows, so it goes too, with the foreign key of the events that needs it;</li>
     * <li>new people get the ids {@code base + line}, reserved from the identity sequence up front, so
     * their facts need no join back to the residents just inserted (only people already on the register
     * are looked up);</li>
     * <li>a number repeated in the file is not looked for beforehand: rebuilding the unique index of the
     * keyed hash finds it, and only then the store is undone (to a savepoint) and the repeats are listed
     * line by line ({@link Duplicates}).</li>
     * </ul>
     * Until the commit, readers of the register wait; imports are serialised anyway.
     *
     * @return the facts stored, or 0 when the file repeats a number (then errors are recorded)
     */
    long store() {
        Savepoint savepoint = savepoint();
        try {
            return storeAll();
        } catch (DuplicateKeyException e) {
            rollbackTo(savepoint);
            reportDuplicates();
            if (!context.hasErrors()) {
                throw e; // a repeat the staging table does not show: not the file's fault
            }
            return 0;
        }
    }

    /** The stages of the store shown on the progress bar (step STORING, done of this many). */
    static final int STORE_STAGES = 5;

    private long storeAll() {
        var jdbc = context.jdbc();
        context.progress().step(ImportStep.STORING, 0, STORE_STAGES);
        // Room to sort and hash millions of staged rows, and to build the indexes, in memory for this transaction.
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '512MB'").update();
        // Never a nested loop: on a first extract the register is empty when analysed, and a nested-loop
        // anti-join would rescan the residents being inserted once per staged row (quadratic).
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        long t0 = System.nanoTime();
        jdbc.sql("ANALYZE extract_staging").update();
        jdbc.sql("ALTER TABLE resident_events DROP CONSTRAINT resident_events_resident_id_fkey").update();
        jdbc.sql("ALTER TABLE residents DROP CONSTRAINT residents_pkey").update();
        jdbc.sql("ALTER TABLE residents DROP CONSTRAINT residents_rrn_lookup_key").update();
        jdbc.sql("ALTER TABLE resident_facts DROP CONSTRAINT resident_facts_pkey").update();
        jdbc.sql("DROP INDEX resident_facts_current").update();
        jdbc.sql("DROP INDEX resident_facts_emd").update();
        // Ids base + line for the new people (lines are unique and start at 2), the sequence moved past them.
        long base = jdbc.sql("SELECT nextval(pg_get_serial_sequence('residents', 'id'))").query(Long.class).single();
        jdbc.sql("SELECT setval(pg_get_serial_sequence('residents', 'id'), :base + coalesce(max(line), 0)) FROM extract_staging")
                .param("base", base).query().listOfRows();
        jdbc.sql("ANALYZE residents").update(); // its true size, so that the joins below are planned for it
        long t1 = System.nanoTime();
        context.progress().step(ImportStep.STORING, 1, STORE_STAGES);
        jdbc.sql("UPDATE resident_facts SET valid_to = :date WHERE valid_to IS NULL")
                .param("date", context.effectiveDate()).update();
        long t2 = System.nanoTime();
        // Before the new residents go in, so that only the people already on the register are joined. Each fact
        // carries its person's unchanging columns (V4_7), a person already registered keeping theirs.
        long stored = jdbc.sql("""
                INSERT INTO resident_facts (resident_id, valid_from, name, nationality, emd_code, address,
                       registered_since, residence_type, permanent_residence_since, source_import,
                       rrn_lookup, rrn_masked, birth_date, sex)
                SELECT coalesce(r.id, :base + s.line), :date, s.name, s.nationality, s.emd_code, s.address, s.registered_since,
                       s.residence_type, s.permanent_residence_since, :import,
                       s.rrn_lookup, coalesce(r.rrn_masked, s.rrn_masked), coalesce(r.birth_date, s.birth_date),
                       coalesce(r.sex, s.sex)
                FROM extract_staging s LEFT JOIN residents r ON r.rrn_lookup = s.rrn_lookup""")
                .param("base", base).param("date", context.effectiveDate()).param("import", context.importId()).update();
        context.progress().step(ImportStep.STORING, 2, STORE_STAGES);
        // As in the migration (V4_3): the key, and at most one current fact per person.
        jdbc.sql("ALTER TABLE resident_facts ADD CONSTRAINT resident_facts_pkey PRIMARY KEY (resident_id, valid_from)").update();
        jdbc.sql("CREATE UNIQUE INDEX resident_facts_current ON resident_facts (resident_id) WHERE valid_to IS NULL").update();
        // As in V4_8: the facts by 읍면동, for the voters-list compilation.
        jdbc.sql("CREATE INDEX resident_facts_emd ON resident_facts (emd_code)").update();
        // Statistics for what was just stored: without them every later plan over the register guesses (the
        // voters-list compilation estimated 30 thousand of 26 million rows).
        jdbc.sql("ANALYZE resident_facts").update();
        long t3 = System.nanoTime();
        context.progress().step(ImportStep.STORING, 3, STORE_STAGES);
        // The anti-join keeps the people already on the register. No ORDER BY: with the index rebuilt
        // afterwards, sorting 5 M rows first would only cost time (ids are surrogates; no digest uses them).
        jdbc.sql("""
                INSERT INTO residents (id, rrn_lookup, rrn_encrypted, rrn_masked, birth_date, sex, first_import)
                OVERRIDING SYSTEM VALUE
                SELECT :base + s.line, s.rrn_lookup, s.rrn_encrypted, s.rrn_masked, s.birth_date, s.sex, :import
                FROM extract_staging s
                WHERE NOT EXISTS (SELECT 1 FROM residents r WHERE r.rrn_lookup = s.rrn_lookup)""")
                .param("base", base).param("import", context.importId()).update();
        context.progress().step(ImportStep.STORING, 4, STORE_STAGES);
        jdbc.sql("ALTER TABLE residents ADD CONSTRAINT residents_rrn_lookup_key UNIQUE (rrn_lookup)").update();
        jdbc.sql("ALTER TABLE residents ADD CONSTRAINT residents_pkey PRIMARY KEY (id)").update();
        jdbc.sql("ALTER TABLE resident_events ADD CONSTRAINT resident_events_resident_id_fkey"
                + " FOREIGN KEY (resident_id) REFERENCES residents (id)").update();
        long t4 = System.nanoTime();
        context.progress().step(ImportStep.STORING, STORE_STAGES, STORE_STAGES);
        jdbc.sql("INSERT INTO resident_extracts (extract_date, import_id, residents) VALUES (?, ?, ?)")
                .params(context.effectiveDate(), context.importId(), stored).update();
        log.info("Extract {} stored: indexes dropped and ids reserved in {} ms, facts superseded {} ms, facts {} ms, residents {} ms",
                context.importId(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
        return stored;
    }

    private Savepoint savepoint() {
        try {
            return context.connection().setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set a savepoint", e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            context.connection().rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back to the savepoint", e);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
