package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.Sex;
import org.springframework.stereotype.Component;

/**
 * A full extract of the resident register as of a date (docs/formats/resident-extract.md). Rows are
 * checked in Java and streamed with COPY into a temporary staging table holding only protected
 * numbers; duplicates are found there in SQL; then one set-based statement each supersedes the
 * current facts and stores the new ones.
 */
@Component
public class ExtractImport implements TabularImport {

    static final List<String> COLUMNS = List.of("rrn", "name", "birth_date", "sex", "nationality", "emd_code",
            "address", "registered_since", "residence_type", "permanent_residence_since");

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
        return new Rows(context, new EmdCodes(context.jdbc()), staging.open());
    }

    private final class Rows implements Run {

        private final ImportContext context;
        private final EmdCodes emdCodes;
        private final ExtractStaging staging;
        private final LocalDate asOf;

        Rows(ImportContext context, EmdCodes emdCodes, ExtractStaging staging) {
            this.context = context;
            this.emdCodes = emdCodes;
            this.staging = staging;
            this.asOf = context.effectiveDate();
        }

        @Override
        public void row(CsvRow row) {
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
            if (rrn.rrn() != null) {
                // Staged even when the row has other errors, so that duplicates are reported as well.
                RrnProtection.Protected p = protection.protect(rrn.rrn());
                staging.add(row.line(), p, name, rrn.rrn().birthDate(), rrn.rrn().sex(), nationality, emdCode, address,
                        registeredSince, residenceType, permanentSince);
            }
        }

        @Override
        public long finish() {
            staging.close();
            staging.reportDuplicates();
            return context.hasErrors() ? 0 : staging.store();
        }
    }
}
