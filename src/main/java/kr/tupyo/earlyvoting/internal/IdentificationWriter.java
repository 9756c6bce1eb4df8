package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Records identifications in batches ({@link Batcher}, decision 123): one statement and one commit for
 * whatever the stations asked while the previous batch was written. Each is recorded only while its
 * station's day is open, decided by the statement.
 */
@Component
class IdentificationWriter {

    private final Batcher<Identifications.ToRecord, Optional<Identifications.Recorded>> batches;

    IdentificationWriter(Identifications identifications, Batchers batchers) {
        this.batches = batchers.writes("identification-writer", identifications::recordAllIfOpen);
    }

    /** Records the identification with the next batch; empty when its station's day is not open. */
    Optional<Identifications.Recorded> record(Identifications.ToRecord identification) {
        return batches.process(identification);
    }
}
