package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records identifications in batches ({@link Batcher}, decision 123): one statement and one commit for
 * whatever the stations asked while the previous batch was written. Each is recorded only while its
 * station's day is open, decided by the statement.
 * <p>
 * The commit does not wait for its WAL to reach the disk ({@code synchronous_commit = off} for this
 * transaction only, decision 123, session-7 addendum): the wait was the largest part of an identification
 * against the national list. Nothing that must hold depends on it. An issuance names its identification and
 * commits synchronously, and WAL is flushed in order, so a durable issuance always has a durable
 * identification. A crash can lose only the last fraction of a second of identifications that no issuance
 * followed; the station then sees the issuance refused and identifies the voter again.
 */
@Component
class IdentificationWriter {

    private final JdbcClient jdbc;
    private final Identifications identifications;
    private final Batcher<Identifications.ToRecord, Optional<Identifications.Recorded>> batches;

    IdentificationWriter(JdbcClient jdbc, Identifications identifications, Batchers batchers) {
        this.jdbc = jdbc;
        this.identifications = identifications;
        this.batches = batchers.writes("identification-writer", this::recordAllInTransaction);
    }

    /** Records the identification with the next batch; empty when its station's day is not open. */
    Optional<Identifications.Recorded> record(Identifications.ToRecord identification) {
        return batches.process(identification);
    }

    /** One batch, in the caller's transaction (the batcher's, or a test's). */
    List<Optional<Identifications.Recorded>> recordAllInTransaction(List<Identifications.ToRecord> batch) {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        return identifications.recordAllIfOpen(batch);
    }
}
