package kr.tupyo.experience.internal;

import java.time.Instant;
import java.util.UUID;

/** A demo session of the experience room: the scenario, for whom, by whom, and whether it still answers. */
public record DemoSession(UUID id, Scenario scenario, String title, String language, int guests, UUID visitId,
                          String owner, String status, Instant createdAt, Instant closedAt, int resets) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
