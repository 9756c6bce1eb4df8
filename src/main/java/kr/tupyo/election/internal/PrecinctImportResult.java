package kr.tupyo.election.internal;

import java.time.Instant;
import java.util.List;

/** How a precinct file import ended. Nothing is stored unless it is {@link Imported}. */
public sealed interface PrecinctImportResult {

    record Imported(long importId, int rows, int emdCount, String digest) implements PrecinctImportResult {
    }

    /**
     * @param errors     every error up to {@link PrecinctFile#MAX_LISTED_ERRORS}
     * @param errorCount all errors found
     */
    record Rejected(List<LineError> errors, long errorCount) implements PrecinctImportResult {
    }

    record Duplicate(String digest, Instant importedAt) implements PrecinctImportResult {
    }

    record ElectionMissing() implements PrecinctImportResult {
    }
}
