package kr.tupyo.visits.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An official or a room held for one programme item. {@code resource} is {@code official:<id>} or
 * {@code room:<code>}, the key of the database's exclusion constraint.
 */
public record Booking(UUID visitId, UUID itemId, String resource, Instant from, Instant to) {

    public static String official(UUID id) {
        return "official:" + id;
    }

    public static String room(String code) {
        return "room:" + code;
    }

    public boolean overlaps(Instant otherFrom, Instant otherTo) {
        return from.isBefore(otherTo) && otherFrom.isBefore(to);
    }

    public boolean isOfficial() {
        return resource.startsWith("official:");
    }

    public String key() {
        return resource.substring(resource.indexOf(':') + 1);
    }
}
