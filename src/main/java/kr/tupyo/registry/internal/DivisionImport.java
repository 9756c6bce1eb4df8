package kr.tupyo.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The official division table, in the format of {@code kr-2022/divisions.csv}
 * (docs/formats/divisions.md). One file is one complete version, in force from its effective date.
 */
@Component
public class DivisionImport implements TabularImport {

    static final List<String> COLUMNS = List.of("sido_code", "sido_name", "sgg_code", "sgg_name", "emd_code",
            "emd_name", "nec_emd_code");

    @Override
    public ImportKind kind() {
        return ImportKind.DIVISIONS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Run start(ImportContext context) {
        boolean exists = context.jdbc().sql("SELECT count(*) FROM division_versions WHERE effective_date = ?")
                .param(context.effectiveDate()).query(Integer.class).single() > 0;
        if (exists) {
            context.issues().error(0, null, "DIVISION_VERSION_EXISTS", context.effectiveDate().toString());
        }
        // The version row first: the divisions reference it (the foreign key is checked at commit).
        context.jdbc().sql("INSERT INTO division_versions (effective_date, import_id, emd_count) VALUES (?, ?, 0)"
                        + " ON CONFLICT DO NOTHING")
                .params(context.effectiveDate(), context.importId()).update();
        return new DivisionRows(context);
    }

    /** A 3,500-row table: the codes seen are kept to find duplicates and inconsistent names. */
    private static final class DivisionRows implements Run {

        private final ImportContext context;
        private final CopyRows copy;
        private final Map<String, Long> emdLines = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private long rows;

        DivisionRows(ImportContext context) {
            this.context = context;
            this.copy = new CopyRows(context.connection(), "divisions", "effective_date", "sido_code", "sido_name",
                    "sgg_code", "sgg_name", "emd_code", "emd_name", "nec_emd_code");
        }

        @Override
        public void row(CsvRow row) {
            String sido = row.digits("sido_code", 2);
            String sidoName = row.required("sido_name");
            String sgg = row.digits("sgg_code", 5);
            String sggName = row.required("sgg_name");
            String emd = row.digits("emd_code", 10);
            String emdName = row.required("emd_name");
            String nec = row.optional("nec_emd_code");
            if (nec != null && !nec.matches("[0-9]{1,10}")) {
                row.error("nec_emd_code", "DIGITS", "1-10");
            }
            if (sido != null && sgg != null && !sgg.startsWith(sido)) {
                row.error("sgg_code", "NOT_WITHIN", "sido_code");
            }
            if (sgg != null && emd != null && !emd.startsWith(sgg)) {
                row.error("emd_code", "NOT_WITHIN", "sgg_code");
            }
            consistentName(row, "sido_name", sido, sidoName);
            consistentName(row, "sgg_name", sgg, sggName);
            if (emd != null) {
                Long earlier = emdLines.putIfAbsent(emd, row.line());
                if (earlier != null) {
                    row.error("emd_code", "DUPLICATE_IN_FILE", String.valueOf(earlier));
                }
            }
            if (!context.hasErrors()) {
                copy.row(context.effectiveDate(), sido, sidoName, sgg, sggName, emd, emdName, nec);
                rows++;
            }
        }

        private void consistentName(CsvRow row, String column, String code, String name) {
            if (code == null || name == null) {
                return;
            }
            String earlier = names.putIfAbsent(column + ":" + code, name);
            if (earlier != null && !earlier.equals(name)) {
                row.error(column, "INCONSISTENT_NAME", code, earlier);
            }
        }

        @Override
        public long finish() {
            copy.end();
            if (!context.hasErrors()) {
                context.jdbc().sql("UPDATE division_versions SET emd_count = ? WHERE effective_date = ?")
                        .params(rows, context.effectiveDate()).update();
            }
            return rows;
        }
    }
}
