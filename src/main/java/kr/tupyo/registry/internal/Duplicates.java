package kr.tupyo.registry.internal;

/**
 * Finds rows of a staging table that repeat an earlier row's registration number (by keyed hash),
 * set-based, so that even 5 M rows need no set in memory. Each repeat is reported on its line with
 * the line it repeats.
 */
final class Duplicates {

    private Duplicates() {
    }

    static void report(ImportContext context, String stagingTable, String column) {
        String repeats = """
                SELECT s.line, d.first_line
                FROM %1$s s
                JOIN (SELECT rrn_lookup, min(line) AS first_line FROM %1$s
                      GROUP BY rrn_lookup HAVING count(*) > 1) d ON d.rrn_lookup = s.rrn_lookup
                WHERE s.line <> d.first_line""".formatted(stagingTable);
        long total = context.jdbc().sql("SELECT count(*) FROM (" + repeats + ") d").query(Long.class).single();
        if (total == 0) {
            return;
        }
        context.jdbc().sql(repeats + " ORDER BY line LIMIT " + ImportIssues.LIMIT)
                .query((rs, n) -> {
                    context.issues().error(rs.getLong(1), column, "DUPLICATE_IN_FILE", String.valueOf(rs.getLong(2)));
                    return null;
                }).list();
        context.issues().errorsNotListed((int) Math.max(0, total - Math.min(total, ImportIssues.LIMIT)));
    }
}
