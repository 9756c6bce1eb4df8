package kr.tupyo.election.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.election.Elections;
import kr.tupyo.election.EligibilityRules;
import kr.tupyo.election.internal.CalendarChange;
import kr.tupyo.election.internal.CalendarEditResult;
import kr.tupyo.election.internal.CalendarField;
import kr.tupyo.election.internal.ElectionAdministration;
import kr.tupyo.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Elections, their calendar and eligibility rules. */
@RestController
@Tag(name = "Elections", description = "Elections, their statutory calendar and eligibility rules")
class ElectionApiController {

    private final Elections elections;
    private final Contests contests;
    private final ElectionAdministration administration;

    ElectionApiController(Elections elections, Contests contests, ElectionAdministration administration) {
        this.elections = elections;
        this.contests = contests;
        this.administration = administration;
    }

    record NewElection(@NotNull ElectionType type, @NotBlank String name, @NotNull LocalDate electionDay) {
    }

    record CalendarEdit(@NotEmpty Map<CalendarField, String> dates, @NotBlank String reason) {
    }

    @PostMapping("/api/v1/elections")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create an election; its statutory calendar is computed from the type and election day")
    Election create(@Valid @RequestBody NewElection request) {
        return administration.create(request.type(), request.name(), request.electionDay());
    }

    @GetMapping("/api/v1/elections")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "List elections, newest election day first")
    List<Election> list() {
        return elections.all();
    }

    @GetMapping("/api/v1/elections/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "One election with its calendar (reference date, compilation, inspection, finalisation, early voting)")
    Election get(@PathVariable UUID id) {
        return find(id);
    }

    @PostMapping("/api/v1/elections/{id}/calendar")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Move calendar dates (all at once, with one reason); each move is audited and kept in the history")
    Election editCalendar(@PathVariable UUID id, @Valid @RequestBody CalendarEdit request) {
        return switch (administration.editCalendar(new ElectionId(id), request.dates(), request.reason())) {
            case CalendarEditResult.Edited edited -> edited.election();
            case CalendarEditResult.ElectionMissing m -> throw new ProblemException(ElectionError.ELECTION_NOT_FOUND, id);
            case CalendarEditResult.ReasonMissing r -> throw new ProblemException(ElectionError.CALENDAR_REASON_REQUIRED);
            case CalendarEditResult.InvalidValue v -> throw new ProblemException(ElectionError.CALENDAR_ORDER_BROKEN,
                    Map.of("field", v.field().name()), v.field() + ": not a valid value: " + v.value());
            case CalendarEditResult.OrderBroken o -> throw new ProblemException(ElectionError.CALENDAR_ORDER_BROKEN, o.rule());
        };
    }

    @GetMapping("/api/v1/elections/{id}/calendar/changes")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "History of calendar edits, newest first (field, old and new value, reason, who, when)")
    List<CalendarChange> calendarChanges(@PathVariable UUID id) {
        find(id);
        return administration.history(new ElectionId(id));
    }

    @GetMapping("/api/v1/elections/{id}/eligibility-rules")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The eligibility rules of the election as data: cut-off dates, residence types, disqualifying kinds "
            + "(a by-election's follow from its contests as they are now)")
    EligibilityRules eligibilityRules(@PathVariable UUID id) {
        Election election = find(id);
        return election.eligibilityRules(contests.of(election.id()));
    }

    private Election find(UUID id) {
        return elections.find(new ElectionId(id)).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, id));
    }
}
