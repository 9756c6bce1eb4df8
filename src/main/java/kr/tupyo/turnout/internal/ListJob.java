package kr.tupyo.turnout.internal;

import java.time.Instant;
import java.util.UUID;

/** A national run of the marked election-day lists, as the database holds it (progress = done / precincts). */
public record ListJob(UUID id, String electionId, String status, String formats, int precincts, int done, long lines,
                      String message, String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public int percent() {
        if ("SUCCEEDED".equals(status)) {
            return 100;
        }
        return precincts == 0 ? 0 : Math.min(99, done * 100 / precincts);
    }
}
