package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.visits.ScheduleConflict;
import kr.tupyo.visits.ScheduleOutcome;
import kr.tupyo.visits.internal.ProgrammeItem;
import kr.tupyo.visits.internal.ProgrammeTemplates;
import kr.tupyo.visits.internal.Programmes;
import kr.tupyo.visits.internal.Scheduler;
import kr.tupyo.visits.internal.TemplateItem;
import kr.tupyo.visits.internal.VisitCalendars;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits: programme", description = "Standard template, tailored programmes, scheduling and calendars")
class VisitProgrammeApiController {

    record ItemBody(String kind, String titleEn, String titleKo, int minutes, String roomCode, boolean withOfficial,
                    UUID officialId) {
        TemplateItem toItem() {
            return new TemplateItem(kind, titleEn, titleKo, minutes, roomCode, withOfficial);
        }
    }

    record TemplateBody(String note, List<ItemBody> items) {
    }

    record EditBody(int minutes, String roomCode, UUID officialId) {
    }

    record ScheduleBody(LocalDateTime start) {
    }

    record Conflict(String kind, ScheduleConflict detail) {
    }

    record Conflicts(String outcome, List<Conflict> conflicts, List<LocalDateTime> suggestions) {
    }

    private final Programmes programmes;
    private final ProgrammeTemplates templates;
    private final Scheduler scheduler;
    private final VisitCalendars calendars;

    VisitProgrammeApiController(Programmes programmes, ProgrammeTemplates templates, Scheduler scheduler,
                                VisitCalendars calendars) {
        this.programmes = programmes;
        this.templates = templates;
        this.scheduler = scheduler;
        this.calendars = calendars;
    }

    @GetMapping("/template")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "The current version of the standard programme template and its items")
    Map<String, Object> template() {
        int version = templates.currentVersion();
        return Map.of("version", version, "items", templates.items(version), "versions", templates.versions());
    }

    @PostMapping("/template")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Save an edited template as its next version (earlier versions stay as they were)")
    Map<String, Object> saveTemplate(@RequestBody TemplateBody body) {
        int version = templates.saveNewVersion(body.items() == null ? List.of()
                : body.items().stream().map(ItemBody::toItem).toList(), body.note());
        return Map.of("version", version);
    }

    @PostMapping("/{id}/programme/tailor")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Tailor the current template to the visit's topics, languages and size; each choice carries its reason")
    List<ProgrammeItem> tailor(@PathVariable UUID id) {
        return programmes.tailor(id);
    }

    @PostMapping("/{id}/programme/items")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add an item at the end of the visit's programme")
    List<ProgrammeItem> addItem(@PathVariable UUID id, @RequestBody ItemBody body) {
        return programmes.add(id, body.toItem(), body.officialId());
    }

    @PostMapping("/{id}/programme/items/{itemId}/move/{delta}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Move an item up (negative) or down (positive)")
    List<ProgrammeItem> move(@PathVariable UUID id, @PathVariable UUID itemId, @PathVariable int delta) {
        return programmes.move(id, itemId, delta);
    }

    @PatchMapping("/{id}/programme/items/{itemId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Change an item's duration, room or official")
    List<ProgrammeItem> edit(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody EditBody body) {
        return programmes.edit(id, itemId, body.minutes(), body.roomCode(), body.officialId());
    }

    @DeleteMapping("/{id}/programme/items/{itemId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Drop an item from the visit's programme")
    List<ProgrammeItem> drop(@PathVariable UUID id, @PathVariable UUID itemId) {
        return programmes.drop(id, itemId);
    }

    @PostMapping("/{id}/schedule")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Book officials and rooms from a start time (Korea time); 409 lists conflicts and the nearest free starts")
    ResponseEntity<?> schedule(@PathVariable UUID id, @RequestBody ScheduleBody body) {
        if (body.start() == null) {
            throw new kr.tupyo.platform.ProblemException(kr.tupyo.visits.VisitsError.VISIT_INVALID_REQUEST,
                    Map.of("field", "start"), "start");
        }
        return switch (scheduler.schedule(id, body.start())) {
            case ScheduleOutcome.Scheduled s -> ResponseEntity.ok(s);
            case ScheduleOutcome.Conflicted c -> ResponseEntity.status(409).body(new Conflicts("CONFLICTED",
                    c.conflicts().stream().map(x -> new Conflict(x.kind(), x)).toList(), c.suggestions()));
        };
    }

    @GetMapping(value = "/officials/{officialId}/calendar.ics", produces = "text/calendar")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "iCalendar invitations for one official: every programme item they are booked for")
    ResponseEntity<String> officialCalendar(@PathVariable UUID officialId) {
        return ics(calendars.forOfficial(officialId), "official-" + officialId + ".ics");
    }

    @GetMapping(value = "/calendar.ics", produces = "text/calendar")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "iCalendar of every scheduled visit")
    ResponseEntity<String> allVisits() {
        return ics(calendars.all(), "visits.ics");
    }

    static ResponseEntity<String> ics(String body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").body(body);
    }
}
