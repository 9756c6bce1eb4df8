package kr.tupyo.registry.internal;

import java.util.List;

/**
 * One kind of CSV file. {@link ImportRunner} does what every kind shares (digest, duplicate check,
 * encoding, header, progress, one transaction, report, audit); an implementation validates and
 * stores the rows of its kind.
 */
public interface TabularImport {

    ImportKind kind();

    /** The exact columns of the header; their order is free, missing and extra ones are errors. */
    List<String> columns();

    /** Whether a file with a header and no rows is refused (a full table cannot be empty). */
    default boolean requiresRows() {
        return true;
    }

    /** Starts one file, inside the import's transaction. */
    Run start(ImportContext context);

    /** The rows of one file. */
    interface Run {

        /** Validates one row and stages it; record problems on the row. */
        void row(CsvRow row);

        /**
         * Called once after the last row, also when errors were found (to end any COPY): finishes the
         * set-based checks and, only if there are still no errors, stores; returns the rows stored.
         */
        long finish();
    }
}
