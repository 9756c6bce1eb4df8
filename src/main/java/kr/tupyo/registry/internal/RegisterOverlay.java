package kr.tupyo.registry.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the register one page of change events touches, as the events of the page leave it.
 * {@link ResidentFacts} reads it before the page and writes its changes after; in between the events
 * apply one after another in memory, each seeing what the earlier ones did, exactly as if every change
 * had been written at once. People the page registers get provisional negative ids until written.
 */
final class RegisterOverlay {

    record Resident(long id, LocalDate deceasedOn) {
    }

    record NewResident(long provisionalId, RrnProtection.Protected rrn, LocalDate birthDate, String sex) {
    }

    /** A fact row as it will be stored (valid_from is the fact's {@code validFrom}). */
    record FactRow(Fact fact, LocalDate validTo, String sourceEvent) {
    }

    record FactKey(long residentId, LocalDate validFrom) {
    }

    record AppliedEvent(String eventId, long residentId, EventType type, LocalDate date, byte[] digest) {
    }

    // What was read: rows of the page's events as stored before the page.
    private final Map<String, byte[]> appliedDigests;
    private final Map<ByteBuffer, Resident> residents;
    private final Map<Long, Fact> current;
    private final Map<Long, ByteBuffer> lookups = new HashMap<>();

    // What the page changed, in the form ResidentFacts writes it.
    private final List<NewResident> newResidents = new ArrayList<>();
    private final List<FactKey> deleted = new ArrayList<>();
    private final Map<FactKey, LocalDate> closed = new LinkedHashMap<>();
    private final Map<FactKey, FactRow> inserted = new LinkedHashMap<>();
    private final Map<Long, LocalDate> deaths = new LinkedHashMap<>();
    private final List<AppliedEvent> events = new ArrayList<>();

    RegisterOverlay(Map<String, byte[]> appliedDigests, Map<ByteBuffer, Resident> residents, Map<Long, Fact> current) {
        this.appliedDigests = new HashMap<>(appliedDigests);
        this.residents = new HashMap<>(residents);
        this.current = new HashMap<>(current);
        residents.forEach((lookup, r) -> lookups.put(r.id(), lookup));
    }

    static ByteBuffer key(byte[] lookup) {
        return ByteBuffer.wrap(lookup).asReadOnlyBuffer();
    }

    /** The digest of an event already applied (before or earlier in this page), if it was. */
    Optional<byte[]> appliedDigest(String eventId) {
        return Optional.ofNullable(appliedDigests.get(eventId));
    }

    Optional<Resident> resident(byte[] lookup) {
        return Optional.ofNullable(residents.get(key(lookup)));
    }

    Optional<Fact> current(long residentId) {
        return Optional.ofNullable(current.get(residentId));
    }

    long addResident(RrnProtection.Protected rrn, LocalDate birthDate, String sex) {
        long id = -(newResidents.size() + 1L);
        newResidents.add(new NewResident(id, rrn, birthDate, sex));
        residents.put(key(rrn.lookup()), new Resident(id, null));
        lookups.put(id, key(rrn.lookup()));
        return id;
    }

    /**
     * Replaces the current fact from the date on by the next one; a second change on the same day
     * rewrites that day's fact, so the last event of a day wins.
     */
    void supersede(Fact current, Fact next, LocalDate date, String eventId) {
        if (current != null && current.validFrom().equals(date)) {
            FactKey key = new FactKey(current.residentId(), date);
            if (inserted.remove(key) == null) {
                deleted.add(key);
            }
        } else if (current != null) {
            close(current, date);
        }
        Fact from = new Fact(next.residentId(), date, next.name(), next.nationality(), next.emdCode(), next.address(),
                next.registeredSince(), next.residenceType(), next.permanentResidenceSince());
        inserted.put(new FactKey(from.residentId(), date), new FactRow(from, null, eventId));
        this.current.put(from.residentId(), from);
    }

    void close(Fact fact, LocalDate date) {
        FactKey key = new FactKey(fact.residentId(), fact.validFrom());
        FactRow row = inserted.get(key);
        if (row != null) {
            inserted.put(key, new FactRow(row.fact(), date, row.sourceEvent()));
        } else {
            closed.put(key, date);
        }
        current.remove(fact.residentId());
    }

    void died(long residentId, LocalDate date) {
        deaths.put(residentId, date);
        residents.put(lookups.get(residentId), new Resident(residentId, date));
    }

    void recordEvent(String eventId, long residentId, EventType type, LocalDate date, byte[] digest) {
        events.add(new AppliedEvent(eventId, residentId, type, date, digest));
        appliedDigests.put(eventId, digest);
    }

    List<NewResident> newResidents() {
        return newResidents;
    }

    /** Facts stored before the page that a same-day change rewrites. */
    List<FactKey> deleted() {
        return deleted;
    }

    /** Facts stored before the page that the page closed, with their valid_to. */
    Map<FactKey, LocalDate> closed() {
        return closed;
    }

    /** The facts the page opened, in their final form (closed again if a later event did). */
    List<FactRow> inserted() {
        return List.copyOf(inserted.values());
    }

    Map<Long, LocalDate> deaths() {
        return deaths;
    }

    List<AppliedEvent> events() {
        return events;
    }
}
