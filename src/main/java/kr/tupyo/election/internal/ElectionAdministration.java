package kr.tupyo.election.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionAuditEvent;
import kr.tupyo.election.ElectionCalendar;
import kr.tupyo.election.ElectionCalendarChanged;
import kr.tupyo.election.ElectionCreated;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating elections and moving their calendar dates; both audited. */
@Service
public class ElectionAdministration {

    private final JdbcElections elections;
    private final CalendarChanges changes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ElectionAdministration(JdbcElections elections, CalendarChanges changes, AuditLog audit,
                           ApplicationEventPublisher events) {
        this.elections = elections;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Election create(ElectionType type, String name, LocalDate electionDay) {
        if (type == null || electionDay == null || name == null || name.isBlank() || name.strip().length() > 200) {
            throw new ProblemException(ElectionError.INVALID_ELECTION);
        }
        Election election = new Election(new ElectionId(UUID.randomUUID()), type, name.strip(),
                ElectionCalendar.statutory(type, electionDay));
        if (!elections.insert(election, Caller.name())) {
            throw new ProblemException(ElectionError.INVALID_ELECTION, Map.of("reason", "duplicate"));
        }
        audit.record(ElectionAuditEvent.ELECTION_CREATED, "election:" + election.id(), AuditOutcome.SUCCESS,
                Map.of("type", type.name(), "electionDay", electionDay.toString()));
        events.publishEvent(new ElectionCreated(election.id(), type, electionDay));
        return election;
    }

    /** Applies all moves at once (so two dates can move together) with one reason, or none of them. */
    @Transactional
    public CalendarEditResult editCalendar(ElectionId id, Map<CalendarField, String> values, String reason) {
        var found = elections.findForUpdate(id);
        if (found.isEmpty()) {
            return new CalendarEditResult.ElectionMissing();
        }
        if (reason == null || reason.isBlank()) {
            return new CalendarEditResult.ReasonMissing();
        }
        Election election = found.get();
        ElectionCalendar calendar = election.calendar();
        Map<CalendarField, String[]> moved = new LinkedHashMap<>();
        for (var entry : values.entrySet()) {
            CalendarField field = entry.getKey();
            var parsed = field.parse(entry.getValue());
            if (parsed.isEmpty()) {
                return new CalendarEditResult.InvalidValue(field, entry.getValue());
            }
            String before = field.valueIn(calendar);
            try {
                calendar = field.apply(calendar, parsed.get());
            } catch (IllegalArgumentException e) {
                return new CalendarEditResult.OrderBroken(e.getMessage());
            }
            if (!before.equals(field.valueIn(calendar))) {
                moved.put(field, new String[] {before, field.valueIn(calendar)});
            }
        }
        var broken = CalendarOrder.violation(calendar);
        if (broken.isPresent()) {
            return new CalendarEditResult.OrderBroken(broken.get());
        }
        elections.updateCalendar(id, calendar);
        String by = Caller.name();
        List<CalendarChange> recorded = new ArrayList<>();
        moved.forEach((field, v) -> {
            changes.append(id, field, v[0], v[1], reason.strip(), by);
            audit.record(ElectionAuditEvent.CALENDAR_DATE_CHANGED, "election:" + id, AuditOutcome.SUCCESS,
                    Map.of("field", field.name(), "from", v[0], "to", v[1], "reason", reason.strip()));
            recorded.add(new CalendarChange(field, v[0], v[1], reason.strip(), by, null));
        });
        Election edited = elections.find(id).orElseThrow();
        if (!recorded.isEmpty()) {
            events.publishEvent(new ElectionCalendarChanged(id, edited.calendar(), reason.strip()));
        }
        return new CalendarEditResult.Edited(edited, recorded);
    }

    public List<CalendarChange> history(ElectionId id) {
        return changes.of(id);
    }
}
