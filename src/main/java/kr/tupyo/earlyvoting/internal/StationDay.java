package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One early-voting day of one station: open from {@code openedAt} until {@code closedAt} (if closed). */
public record StationDay(LocalDate day, Instant openedAt, String openedBy, Instant closedAt, String closedBy) {

    public boolean open() {
        return closedAt == null;
    }
}
