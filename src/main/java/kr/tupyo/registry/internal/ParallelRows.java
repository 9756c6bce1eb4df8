package kr.tupyo.registry.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prepares rows on worker threads in batches (validation and encryption are most of an extract's
 * CPU time) and hands the results to one consumer in file order, with a bounded number of batches
 * in flight so memory stays flat. The consumer (COPY) runs on the caller's thread only.
 */
final class ParallelRows {

    private static final int BATCH = 2_000;

    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    // Idle workers time out, so a failed import that never reaches finish() leaves no threads behind.
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), Thread.ofPlatform().name("registry-import-", 0).daemon().factory());
    private final Function<CsvRow, byte[]> prepare;
    private final Consumer<byte[]> consume;
    private final Deque<Future<List<byte[]>>> inFlight = new ArrayDeque<>();
    private List<CsvRow> batch = new ArrayList<>(BATCH);

    ParallelRows(Function<CsvRow, byte[]> prepare, Consumer<byte[]> consume) {
        workers.allowCoreThreadTimeOut(true);
        this.prepare = prepare;
        this.consume = consume;
    }

    void add(CsvRow row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Waits for every batch and stops the workers. */
    void finish() {
        try {
            submit();
            while (!inFlight.isEmpty()) {
                drainOne();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<CsvRow> rows = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(workers.submit(() -> {
            List<byte[]> prepared = new ArrayList<>(rows.size());
            for (CsvRow row : rows) {
                byte[] line = prepare.apply(row);
                if (line != null) {
                    prepared.add(line);
                }
            }
            return prepared;
        }));
        while (inFlight.size() > threads * 2) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            inFlight.removeFirst().get().forEach(consume);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            workers.shutdownNow();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
