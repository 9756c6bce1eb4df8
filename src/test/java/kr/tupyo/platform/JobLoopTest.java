package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loop's own threads, without a database: a queue of job names stands for a module's job table. */
class JobLoopTest {

    /** Claims what the test puts in its queue; claiming can be held up to stop the loop meanwhile. */
    static final class Loop extends JobLoop<String> {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        final List<String> ran = new CopyOnWriteArrayList<>();
        final List<String> runningThreads = new CopyOnWriteArrayList<>();
        volatile CountDownLatch claiming = new CountDownLatch(0);
        volatile CountDownLatch holdClaim = new CountDownLatch(0);
        volatile CountDownLatch holdRun = new CountDownLatch(0);

        Loop() {
            super("job-loop-test");
        }

        @Override
        protected Optional<String> claim() {
            claiming.countDown();
            await(holdClaim);
            return Optional.ofNullable(queue.poll());
        }

        @Override
        protected void heartbeat(String job) {
        }

        @Override
        protected void run(String job) {
            runningThreads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().threadId());
            await(holdRun);
            ran.add(job);
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Loop loop = new Loop();

    @AfterEach
    void stopLoop() {
        loop.holdClaim.countDown();
        loop.holdRun.countDown();
        loop.stop();
        loop.destroy();
    }

    @Test
    void aJobClaimedJustAsTheLoopStopsIsStillRun() throws Exception {
        loop.claiming = new CountDownLatch(1);
        loop.holdClaim = new CountDownLatch(1);
        loop.start();
        assertThat(loop.claiming.await(5, TimeUnit.SECONDS)).isTrue();
        // The claim is under way (in a module: the database has just marked the job RUNNING) when the context stops.
        loop.queue.add("compile");
        loop.stop();
        loop.holdClaim.countDown();
        waitFor(() -> loop.ran.contains("compile"));
        assertThat(loop.ran).containsExactly("compile");
    }

    @Test
    void aLoopStartedAgainWhileAJobRunsEndsTheOldThreadWithThatJob() throws Exception {
        loop.holdRun = new CountDownLatch(1);
        loop.queue.add("first");
        loop.start();
        waitFor(() -> loop.runningThreads.size() == 1);
        loop.stop();
        loop.start(); // a paused test context restarted while its job runs on
        loop.holdRun.countDown();
        waitFor(() -> loop.ran.contains("first"));

        loop.queue.add("second");
        loop.queue.add("third");
        loop.wake();
        waitFor(() -> loop.ran.size() == 3);
        String old = loop.runningThreads.getFirst();
        assertThat(loop.runningThreads.subList(1, 3)).as("jobs after the restart run on the new thread only")
                .allSatisfy(t -> assertThat(t).isNotEqualTo(old));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
