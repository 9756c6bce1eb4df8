package kr.tupyo.registry.internal;

/**
 * Reports how far a step after the reading has come ({@code done} of {@code total}); the runner writes
 * it in its own short transaction, like the rows read, so the upload page can poll it.
 */
@FunctionalInterface
public interface ImportProgress {

    void step(ImportStep step, long done, long total);
}
