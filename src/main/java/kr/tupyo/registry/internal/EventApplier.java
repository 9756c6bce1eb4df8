package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.tupyo.registry.ResidenceType;

/**
 * Applies staged change events in order, a page at a time: the rows the page touches are read in a
 * few queries, the events apply one after another against them in memory (each sees what the earlier
 * ones did, in this page and in the pages before), and the page's changes are written with one
 * statement per kind of change.
 * Problems that depend on the register (unknown person, already registered, out of order) are recorded
 * on the event's line; the runner rolls everything back if there are any.
 */
final class EventApplier {

    /** Events per page: large enough that round trips no longer count, small enough to hold in memory. */
    static final int PAGE = 5_000;

    private final ImportContext context;
    private final EmdCodes emdCodes;
    private final ResidentFacts facts;
    private final int pageSize;

    EventApplier(ImportContext context, EmdCodes emdCodes, int pageSize) {
        this.context = context;
        this.emdCodes = emdCodes;
        this.facts = new ResidentFacts(context);
        this.pageSize = pageSize;
    }

    long applyAll(EventStaging staging) {
        Optional<LocalDate> extract = context.jdbc().sql("SELECT max(extract_date) FROM resident_extracts")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).stream()
                .filter(java.util.Objects::nonNull).findFirst();
        long staged = staging.count();
        context.progress().step(ImportStep.APPLYING, 0, staged);
        long applied = 0;
        long done = 0;
        staging.startReading();
        for (List<StagedEvent> page; !(page = staging.next(pageSize)).isEmpty(); ) {
            if (extract.isEmpty()) {
                page.forEach(event -> context.issues().error(event.line(), null, "NO_EXTRACT"));
            } else {
                // Written even after an error: the later pages' checks must see what this page did,
                // or they would report other problems than one event after the other would.
                RegisterOverlay overlay = facts.read(page);
                for (StagedEvent event : page) {
                    if (apply(event, extract.get(), overlay)) {
                        applied++;
                    }
                }
                facts.write(overlay);
            }
            done += page.size();
            context.progress().step(ImportStep.APPLYING, done, staged);
        }
        staging.stopReading();
        return applied;
    }

    private boolean apply(StagedEvent e, LocalDate extractDate, RegisterOverlay overlay) {
        Optional<byte[]> earlier = overlay.appliedDigest(e.eventId());
        if (earlier.isPresent()) {
            if (Arrays.equals(earlier.get(), e.digest())) {
                context.issues().warning(e.line(), "event_id", "EVENT_ALREADY_APPLIED", e.eventId());
            } else {
                error(e, "event_id", "EVENT_ID_REUSED", e.eventId());
            }
            return false;
        }
        if (!e.effectiveDate().isAfter(extractDate)) {
            return error(e, "effective_date", "EVENT_BEFORE_EXTRACT", extractDate.toString());
        }
        Optional<RegisterOverlay.Resident> resident = overlay.resident(e.rrn().lookup());
        if (resident.isPresent() && resident.get().deceasedOn() != null) {
            return error(e, "rrn", "RESIDENT_DECEASED");
        }
        Optional<Fact> current = resident.flatMap(r -> overlay.current(r.id()));
        if (e.type() == EventType.NEW_REGISTRATION) {
            return register(e, resident, current, overlay);
        }
        if (current.isEmpty()) {
            return error(e, "rrn", "UNKNOWN_RESIDENT", e.effectiveDate().toString());
        }
        Fact fact = current.get();
        if (e.effectiveDate().isBefore(fact.validFrom())) {
            return error(e, "effective_date", "EVENT_BEFORE_STATE", fact.validFrom().toString());
        }
        Fact next = switch (e.type()) {
            case MOVE -> moved(e, fact);
            case NAME_CHANGE -> fact.withName(e.name());
            case NATURALISATION -> Nationalities.KOREA.equals(fact.nationality()) ? null
                    : fact.withNationality(Nationalities.KOREA, ResidenceType.DOMESTIC, null)
                            .withName(e.name() != null ? e.name() : fact.name());
            case NATIONALITY_LOST -> !Nationalities.KOREA.equals(fact.nationality()) ? null
                    : fact.withNationality(e.nationality(), ResidenceType.FOREIGN_RESIDENT, e.permanentResidenceSince());
            case DEATH, NEW_REGISTRATION -> fact;
        };
        if (next == null) {
            return error(e, "type", e.type() == EventType.NATURALISATION ? "ALREADY_KOREAN" : "NOT_KOREAN");
        }
        if (e.type() == EventType.MOVE && !emdKnown(e)) {
            return false;
        }
        if (e.type() == EventType.DEATH) {
            overlay.close(fact, e.effectiveDate());
            overlay.died(fact.residentId(), e.effectiveDate());
        } else {
            overlay.supersede(fact, next, e.effectiveDate(), e.eventId());
        }
        overlay.recordEvent(e.eventId(), fact.residentId(), e.type(), e.effectiveDate(), e.digest());
        return true;
    }

    private Fact moved(StagedEvent e, Fact fact) {
        ResidenceType type = e.residenceType() != null ? e.residenceType() : fact.residenceType();
        if (fact.residenceType() == ResidenceType.FOREIGN_RESIDENT) {
            type = ResidenceType.FOREIGN_RESIDENT; // a foreigner's move does not change their status
        }
        return fact.movedTo(e.emdCode(), e.address(), e.effectiveDate(), type);
    }

    private boolean register(StagedEvent e, Optional<RegisterOverlay.Resident> resident, Optional<Fact> current,
                             RegisterOverlay overlay) {
        if (current.isPresent()) {
            return error(e, "rrn", "ALREADY_REGISTERED");
        }
        if (!emdKnown(e)) {
            return false;
        }
        long id = resident.map(RegisterOverlay.Resident::id)
                .orElseGet(() -> overlay.addResident(e.rrn(), e.rrnBirthDate(), e.rrnSex()));
        overlay.supersede(null, new Fact(id, e.effectiveDate(), e.name(), e.nationality(), e.emdCode(), e.address(),
                e.effectiveDate(), e.residenceType(), e.permanentResidenceSince()), e.effectiveDate(), e.eventId());
        overlay.recordEvent(e.eventId(), id, e.type(), e.effectiveDate(), e.digest());
        return true;
    }

    private boolean emdKnown(StagedEvent e) {
        var codes = emdCodes.on(e.effectiveDate());
        if (codes.isEmpty()) {
            return error(e, "emd_code", "NO_DIVISION_TABLE", e.effectiveDate().toString());
        }
        if (!codes.get().contains(e.emdCode())) {
            return error(e, "emd_code", "UNKNOWN_EMD", e.emdCode(), e.effectiveDate().toString());
        }
        return true;
    }

    private boolean error(StagedEvent e, String column, String code, String... args) {
        context.issues().error(e.line(), column, code, args);
        return false;
    }
}
