package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.Blackouts;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.Official;
import kr.tupyo.visits.internal.Room;
import kr.tupyo.visits.internal.VisitStatistics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits: reference", description = "Officials and their availability, rooms, blackout periods, statistics")
class VisitReferenceApiController {

    record NewOfficial(String nameEn, String nameKo, String titleEn, String titleKo, String department, String email,
                       List<Topic> topics, List<String> languages) {
    }

    record AbsenceBody(Instant from, Instant to, String reason) {
    }

    record BlackoutBody(LocalDate from, LocalDate to, String reasonEn, String reasonKo) {
    }

    record Created(UUID id) {
    }

    private final Catalogue catalogue;
    private final Blackouts blackouts;
    private final VisitStatistics statistics;

    VisitReferenceApiController(Catalogue catalogue, Blackouts blackouts, VisitStatistics statistics) {
        this.catalogue = catalogue;
        this.blackouts = blackouts;
        this.statistics = statistics;
    }

    @GetMapping("/officials")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Senior officials who receive delegations, with portfolio topics and languages")
    List<Official> officials() {
        return catalogue.officials();
    }

    @PostMapping("/officials")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Register a senior official with portfolio topics and languages")
    Created createOfficial(@RequestBody NewOfficial o) {
        if (blank(o.nameEn()) || blank(o.nameKo()) || blank(o.titleEn()) || blank(o.titleKo()) || blank(o.department())) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "official"), "official");
        }
        return new Created(catalogue.addOfficial(new Official(null, o.nameEn(), o.nameKo(), o.titleEn(), o.titleKo(),
                o.department(), o.email(), o.topics() == null ? List.of() : o.topics(),
                o.languages() == null ? List.of() : o.languages(), false)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @PostMapping("/officials/{officialId}/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Mark an official unavailable over a period")
    Created absence(@PathVariable UUID officialId, @RequestBody AbsenceBody b) {
        catalogue.official(officialId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_OFFICIAL_NOT_FOUND, officialId));
        if (b.from() == null || b.to() == null || !b.to().isAfter(b.from()) || b.reason() == null || b.reason().isBlank()) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "absence"), "absence");
        }
        return new Created(blackouts.addAbsence(officialId, b.from(), b.to(), b.reason()));
    }

    @GetMapping("/rooms")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Rooms and their capacity")
    List<Room> rooms() {
        return catalogue.rooms();
    }

    @GetMapping("/blackouts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Periods without visits (early voting, election days)")
    List<Blackouts.Blackout> blackouts() {
        return blackouts.all();
    }

    @PostMapping("/blackouts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a blackout period (both days included)")
    Created addBlackout(@RequestBody BlackoutBody b) {
        if (b.from() == null || b.to() == null || b.to().isBefore(b.from()) || b.reasonEn() == null || b.reasonKo() == null) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "blackout"), "blackout");
        }
        return new Created(blackouts.add(b.from(), b.to(), b.reasonEn(), b.reasonKo()));
    }

    @GetMapping("/statistics")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Visits per year, and by partner type, region and topic (for one year when given)")
    VisitStatistics.Breakdown statistics(@RequestParam(required = false) Integer year) {
        return statistics.of(year);
    }

    @GetMapping(value = "/statistics.csv", produces = "text/csv")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "The statistics as CSV")
    ResponseEntity<String> statisticsCsv(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"visit-statistics.csv\"")
                .body(statistics.csv(year));
    }
}
