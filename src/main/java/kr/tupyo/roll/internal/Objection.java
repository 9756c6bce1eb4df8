package kr.tupyo.roll.internal;

import java.time.Instant;
import java.util.UUID;
import kr.tupyo.election.ElectionId;

/** An objection and, once decided, its decision. {@code filedBy} is {@code citizen} or the officer's name. */
public record Objection(UUID id, ElectionId election, ObjectionKind kind, String rrnMasked, String claim,
                        String filedBy, Instant filedAt, String status, String decision, String decidedBy,
                        Instant decidedAt) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
