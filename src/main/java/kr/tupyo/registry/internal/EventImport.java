package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.ResidentDeathsRecorded;
import kr.tupyo.registry.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Change events after the extract (docs/formats/change-events.md). Each row is checked on its own
 * and staged; then the events are applied in order of effective date (file order within a day), each
 * against the register as the previous ones left it (in pages, see {@link EventApplier}). An event
 * already applied is skipped.
 */
@Component
public class EventImport implements TabularImport {

    static final List<String> COLUMNS = List.of("event_id", "rrn", "type", "effective_date", "name", "birth_date",
            "sex", "nationality", "emd_code", "address", "residence_type", "permanent_residence_since");

    private final RrnProtection protection;
    private final ApplicationEventPublisher events;
    private final int pageSize;

    @Autowired
    EventImport(RrnProtection protection, ApplicationEventPublisher events) {
        this(protection, events, EventApplier.PAGE);
    }

    private EventImport(RrnProtection protection, ApplicationEventPublisher events, int pageSize) {
        this.protection = protection;
        this.events = events;
        this.pageSize = pageSize;
    }

    /** The same import applying pages of the given size: tests put several pages in a small file. */
    EventImport withPageSize(int size) {
        return new EventImport(protection, events, size);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EVENTS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public boolean requiresRows() {
        return false; // a day without changes is a valid, empty file
    }

    @Override
    public Run start(ImportContext context) {
        EventApplier applier = new EventApplier(context, new EmdCodes(context.jdbc()), pageSize);
        EventStaging staging = new EventStaging(context).open();
        return new Run() {
            @Override
            public void row(CsvRow row) {
                StagedEvent event = check(row, context.effectiveDate());
                if (event != null) {
                    staging.add(event);
                }
            }

            @Override
            public long finish() {
                staging.close();
                staging.reportDuplicateIds();
                long applied = applier.applyAll(staging);
                publishDeaths(context);
                return applied;
            }
        };
    }

    /**
     * Tells other modules that this import recorded deaths; published inside the import's transaction, so
     * that listeners hear of it only if the whole file is accepted.
     */
    private void publishDeaths(ImportContext context) {
        if (context.hasErrors()) {
            return;
        }
        List<LocalDate> dates = context.jdbc().sql("""
                SELECT DISTINCT effective_date FROM resident_events WHERE import_id = ? AND type = 'DEATH'
                ORDER BY effective_date""").param(context.importId()).query(LocalDate.class).list();
        if (dates.isEmpty()) {
            return;
        }
        long deaths = context.jdbc().sql("SELECT count(*) FROM resident_events WHERE import_id = ? AND type = 'DEATH'")
                .param(context.importId()).query(Long.class).single();
        events.publishEvent(new ResidentDeathsRecorded(context.importId(), dates, deaths));
    }

    private StagedEvent check(CsvRow row, LocalDate received) {
        int errorsBefore = row.errorCount();
        String eventId = row.required("event_id");
        if (eventId != null && eventId.length() > 64) {
            row.error("event_id", "TOO_LONG", "64");
        }
        EventType type = row.choice("type", EventType.class, true);
        LocalDate date = row.date("effective_date", true);
        PersonRules.notAfter(row, "effective_date", date, received);
        if (type != null) {
            for (String column : EventType.VALUE_COLUMNS) {
                if (type.requires(column)) {
                    row.required(column);
                } else if (!type.uses(column) && row.optional(column) != null) {
                    row.error(column, "NOT_USED_BY_TYPE", type.name());
                }
            }
        }
        String name = row.optional("name");
        LocalDate birthDate = row.date("birth_date", false);
        Sex sex = row.choice("sex", Sex.class, false);
        String nationality = Nationalities.read(row, "nationality", false);
        String emdCode = row.optional("emd_code") == null ? null : row.digits("emd_code", 10);
        ResidenceType residenceType = row.choice("residence_type", ResidenceType.class, false);
        LocalDate permanentSince = row.date("permanent_residence_since", false);
        if (type == EventType.NEW_REGISTRATION) {
            PersonRules.check(row, birthDate, nationality, residenceType, permanentSince, date);
        }
        if (type == EventType.NATIONALITY_LOST && Nationalities.KOREA.equals(nationality)) {
            row.error("nationality", "RESIDENCE_NATIONALITY", ResidenceType.FOREIGN_RESIDENT.name(), nationality);
        }
        if (type == EventType.MOVE && residenceType == ResidenceType.FOREIGN_RESIDENT) {
            row.error("residence_type", "INVALID_CHOICE", residenceType.name(), "DOMESTIC|OVERSEAS_REGISTERED");
        }
        String rrnText = row.required("rrn");
        RrnCheck rrn = RrnCheck.of(rrnText, birthDate, sex,
                type == EventType.NEW_REGISTRATION && Nationalities.KOREA.equals(nationality));
        if (rrnText != null) {
            rrn.report(row, nationality);
        }
        if (row.errorCount() > errorsBefore) {
            return null;
        }
        byte[] digest = protection.keyedHash(String.join("\u001f",
                COLUMNS.stream().map(c -> java.util.Objects.toString(row.optional(c), "")).toList()));
        return new StagedEvent(row.line(), eventId, protection.protect(rrn.rrn()), rrn.rrn().birthDate(),
                rrn.rrn().sex().name(), type, date, name, nationality, emdCode, row.optional("address"), residenceType,
                permanentSince, digest);
    }
}
