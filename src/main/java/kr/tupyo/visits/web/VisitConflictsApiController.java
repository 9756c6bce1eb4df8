package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import kr.tupyo.visits.ScheduleConflict;
import kr.tupyo.visits.internal.Scheduler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What stands in a scheduled visit's way now (reference data changed after it was booked). */
@RestController
@Tag(name = "Visits: programme")
class VisitConflictsApiController {

    record Standing(UUID visitId, List<String> kinds, List<ScheduleConflict> conflicts) {
    }

    private final Scheduler scheduler;

    VisitConflictsApiController(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @GetMapping("/api/v1/visits/{id}/conflicts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Conflicts of a scheduled visit at its booked time, as reference data stands now",
            description = "A blackout or holiday added later, a retired official, a closed room: the booking stays, "
                    + "these show until the visit is moved. Empty for an unscheduled visit.")
    Standing conflicts(@PathVariable UUID id) {
        List<ScheduleConflict> now = scheduler.standing(id);
        return new Standing(id, now.stream().map(ScheduleConflict::kind).distinct().toList(), now);
    }
}
