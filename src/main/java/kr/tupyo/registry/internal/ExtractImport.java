package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A full extract of the resident register as of a date (docs/formats/resident-extract.md). Rows are
 * checked and their numbers encrypted in parallel batches, then streamed in file order with COPY into
 * a temporary staging table holding only protected numbers; then one set-based statement each supersedes
 * the current facts and stores the new ones (a repeated number is found there too, see
 * {@link ExtractStaging#store()}).
 */
@Component
public class ExtractImport implements TabularImport {

    static final List<String> COLUMNS = List.of("rrn", "name", "birth_date", "sex", "nationality", "emd_code",
            "address", "registered_since", "residence_type", "permanent_residence_since");
    private static final Logger log = LoggerFactory.getLogger(ExtractImport.class);

    private final RrnProtection protection;

    ExtractImport(RrnProtection protection) {
        this.protection = protection;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EXTRACT;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Run start(ImportContext context) {
        ExtractStaging staging = new ExtractStaging(context);
        staging.checkNewer();
        EmdCodes emdCodes = new EmdCodes(context.jdbc());
        staging.open();
        return new Run() {
            private final long started = System.nanoTime();
            private final ParallelRows parallel = new ParallelRows(row -> prepare(row, emdCodes, context.effectiveDate()),
                    staging::add);

            @Override
            public void row(CsvRow row) {
                parallel.add(row);
            }

            @Override
            public long finish() {
                parallel.finish();
                long t0 = System.nanoTime();
                staging.close();
                if (context.hasErrors()) {
                    staging.reportDuplicates(); // the report lists every error, repeats included; nothing is stored
                }
                long t1 = System.nanoTime();
                long stored = context.hasErrors() ? 0 : staging.store();
                log.info("Extract {}: rows read, checked and staged in {} ms, COPY ended in {} ms, stored in {} ms",
                        context.importId(), (t0 - started) / 1_000_000, (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000);
                return stored;
            }
        };
    }

    /** Checks one row and returns its staging line, or null when its number is unusable. Runs on worker threads. */
    private byte[] prepare(CsvRow row, EmdCodes emdCodes, LocalDate asOf) {
        String name = row.required("name");
        LocalDate birthDate = row.date("birth_date", true);
        Sex sex = row.choice("sex", Sex.class, true);
        String nationality = Nationalities.read(row, "nationality", true);
        String emdCode = row.digits("emd_code", 10);
        emdCodes.check(row, "emd_code", emdCode, asOf);
        String address = row.required("address");
        LocalDate registeredSince = row.date("registered_since", true);
        ResidenceType residenceType = row.choice("residence_type", ResidenceType.class, true);
        LocalDate permanentSince = row.date("permanent_residence_since", false);
        PersonRules.check(row, birthDate, nationality, residenceType, permanentSince, asOf);
        PersonRules.notAfter(row, "registered_since", registeredSince, asOf);
        PersonRules.notBeforeBirth(row, "registered_since", registeredSince, birthDate);
        RrnCheck rrn = RrnCheck.of(row.required("rrn"), birthDate, sex, Nationalities.KOREA.equals(nationality));
        if (row.optional("rrn") != null) {
            rrn.report(row, nationality);
        }
        if (rrn.rrn() == null) {
            return null;
        }
        // Staged even when the row has other errors, so that duplicates are reported as well.
        return ExtractStaging.format(row.line(), protection.protect(rrn.rrn()), name, rrn.rrn().birthDate(),
                rrn.rrn().sex(), nationality, emdCode, address, registeredSince, residenceType, permanentSince);
    }
}
