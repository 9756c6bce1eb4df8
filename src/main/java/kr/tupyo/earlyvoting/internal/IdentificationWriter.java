package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records identifications in batches ({@link Batcher}, decision 123): one statement and one commit for
 * whatever the stations asked while the previous batch was written. Each is recorded only while its
 * station's day is open, decided by the statement.
 */
@Component
class IdentificationWriter implements SmartLifecycle {

    static final int WRITERS = 2;
    static final int MAX_BATCH = 64;

    private final Batcher<Identifications.ToRecord, Optional<Identifications.Recorded>> batches;

    IdentificationWriter(Identifications identifications, PlatformTransactionManager transactions) {
        this.batches = new Batcher<>("identification-writer", WRITERS, MAX_BATCH,
                new TransactionTemplate(transactions), identifications::recordAllIfOpen);
    }

    /** Records the identification with the next batch; empty when its station's day is not open. */
    Optional<Identifications.Recorded> record(Identifications.ToRecord identification) {
        return batches.process(identification);
    }

    @Override
    public void start() {
        batches.start();
    }

    @Override
    public void stop() {
        batches.stop();
    }

    @Override
    public boolean isRunning() {
        return batches.isRunning();
    }
}
