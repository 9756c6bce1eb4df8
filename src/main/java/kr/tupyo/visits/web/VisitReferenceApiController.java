package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.Blackouts;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.Official;
import kr.tupyo.visits.internal.Partner;
import kr.tupyo.visits.internal.Partners;
import kr.tupyo.visits.internal.Room;
import kr.tupyo.visits.internal.Visit;
import kr.tupyo.visits.internal.VisitStatistics;
import kr.tupyo.visits.internal.Visits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits: reference", description = "Partners and their history, officials, rooms, blackouts, statistics")
class VisitReferenceApiController {

    record PartnerBody(String contactName, String contactEmail, String contactPhone, String electoralNotes) {
    }

    record NewPartner(String name, PartnerType type, String country, String contactName, String contactEmail,
                      String contactPhone, String electoralNotes) {
    }

    record NewOfficial(String nameEn, String nameKo, String titleEn, String titleKo, String department, String email,
                       List<Topic> topics, List<String> languages) {
    }

    record AbsenceBody(Instant from, Instant to, String reason) {
    }

    record BlackoutBody(LocalDate from, LocalDate to, String reasonEn, String reasonKo) {
    }

    record Created(UUID id) {
    }

    private final Partners partners;
    private final Visits visits;
    private final Catalogue catalogue;
    private final Blackouts blackouts;
    private final VisitStatistics statistics;
    private final AuditLog audit;

    VisitReferenceApiController(Partners partners, Visits visits, Catalogue catalogue, Blackouts blackouts,
                                VisitStatistics statistics, AuditLog audit) {
        this.partners = partners;
        this.visits = visits;
        this.catalogue = catalogue;
        this.blackouts = blackouts;
        this.statistics = statistics;
        this.audit = audit;
    }

    @GetMapping("/partners")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "All partner organisations")
    List<Partner> partners() {
        return partners.all();
    }

    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Register a partner organisation before any request (requests are also linked on acceptance)")
    Created createPartner(@RequestBody NewPartner p) {
        String country = p.country() == null ? "" : p.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (p.name() == null || p.name().isBlank() || p.type() == null
                || !java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "partner"), "partner");
        }
        UUID id = partners.create(p.name().strip(), p.type(), country, p.contactName(), p.contactEmail(),
                p.contactPhone(), p.electoralNotes())
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_EXISTS, p.name(), country));
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + id, AuditOutcome.SUCCESS,
                Map.of("change", "created"));
        return new Created(id);
    }

    @GetMapping("/partners/{partnerId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "A partner and its whole history of visits")
    Map<String, Object> partner(@PathVariable UUID partnerId) {
        Partner p = partners.find(partnerId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId));
        List<Visit> history = visits.ofPartner(partnerId);
        return Map.of("partner", p, "visits", history);
    }

    @PutMapping("/partners/{partnerId}")
    @Transactional
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Change a partner's contacts and the electoral-system notes used in briefings")
    Partner updatePartner(@PathVariable UUID partnerId, @RequestBody PartnerBody b) {
        if (!partners.update(partnerId, b.contactName(), b.contactEmail(), b.contactPhone(), b.electoralNotes())) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId);
        }
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + partnerId, AuditOutcome.SUCCESS);
        return partners.find(partnerId).orElseThrow();
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
