package kr.tupyo.registry.internal;

/**
 * A file was refused because of invalid rows; nothing was stored. Carries the full report, which the
 * web layer turns into the {@code IMPORT_REJECTED} problem in the caller's language.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super("import " + report.id() + " rejected with " + report.errorCount() + " errors");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
