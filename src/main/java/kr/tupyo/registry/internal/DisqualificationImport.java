package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.registry.DisqualificationKind;
import org.springframework.stereotype.Component;

/**
 * Disqualification notices from courts and prosecutors (docs/formats/disqualifications.md). A notice
 * is identified by number, kind and reference; a later notice with the same identity replaces the
 * dates (a pardon, a reduced sentence). A notice for someone not on the register is kept, with a warning.
 */
@Component
public class DisqualificationImport implements TabularImport {

    static final List<String> COLUMNS = List.of("rrn", "kind", "from", "until", "reference");

    private final RrnProtection protection;

    DisqualificationImport(RrnProtection protection) {
        this.protection = protection;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DISQUALIFICATIONS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public boolean requiresRows() {
        return false;
    }

    @Override
    public Run start(ImportContext context) {
        DisqualificationStaging staging = new DisqualificationStaging(context).open();
        return new Run() {
            @Override
            public void row(CsvRow row) {
                int errorsBefore = row.errorCount();
                DisqualificationKind kind = row.choice("kind", DisqualificationKind.class, true);
                LocalDate from = row.date("from", true);
                LocalDate until = row.date("until", false);
                if (from != null && until != null && until.isBefore(from)) {
                    row.error("until", "UNTIL_BEFORE_FROM");
                }
                String reference = row.required("reference");
                if (reference != null && reference.length() > 100) {
                    row.error("reference", "TOO_LONG", "100");
                }
                String rrnText = row.required("rrn");
                RrnCheck rrn = RrnCheck.of(rrnText, null, null, false);
                if (rrnText != null) {
                    rrn.report(row, null);
                }
                if (row.errorCount() == errorsBefore) {
                    staging.add(row.line(), protection.protect(rrn.rrn()), kind, from, until, reference);
                }
            }

            @Override
            public long finish() {
                staging.close();
                staging.reportDuplicates();
                staging.warnNotOnRegister();
                return context.hasErrors() ? 0 : staging.store();
            }
        };
    }
}
