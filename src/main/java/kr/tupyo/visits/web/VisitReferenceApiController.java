package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.RoomKind;
import kr.tupyo.visits.internal.AvailabilityRegister;
import kr.tupyo.visits.internal.Blackouts;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.Official;
import kr.tupyo.visits.internal.OfficialRegister;
import kr.tupyo.visits.internal.PublicHolidays;
import kr.tupyo.visits.internal.Room;
import kr.tupyo.visits.internal.RoomRegister;
import kr.tupyo.visits.internal.VisitStatistics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Visits: reference", description = "Officials and their availability, rooms, blackout periods, public holidays, statistics")
class VisitReferenceApiController {

    record OfficialBody(String nameEn, String nameKo, String titleEn, String titleKo, String department, String email,
                        List<Topic> topics, List<String> languages) {

        Official toOfficial(UUID id) {
            if (blank(nameEn) || blank(nameKo) || blank(titleEn) || blank(titleKo) || blank(department)) {
                throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "official"), "official");
            }
            if (!blank(email) && !kr.tupyo.visits.internal.EmailAddress.looksValid(email.strip())) {
                throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "email"), "email");
            }
            List<String> codes = languages == null ? List.of() : languages.stream()
                    .map(l -> l == null ? "" : l.strip().toLowerCase(java.util.Locale.ROOT)).filter(l -> !l.isEmpty()).toList();
            if (codes.stream().anyMatch(l -> !l.matches("[a-z]{2,3}"))) {
                throw new ProblemException(VisitsError.VISIT_INVALID_REQUEST, Map.of("field", "languages"), "languages");
            }
            return new Official(id, nameEn.strip(), nameKo.strip(), titleEn.strip(), titleKo.strip(), department.strip(),
                    blank(email) ? null : email.strip(), topics == null ? List.of() : List.copyOf(topics), codes, false, false);
        }
    }

    record AbsenceBody(Instant from, Instant to, String reason) {
    }

    record RoomBody(String code, String nameEn, String nameKo, RoomKind kind, Integer capacity) {

        Room toRoom(String code) {
            return new Room(code, nameEn, nameKo, kind, capacity == null ? 0 : capacity, true);
        }
    }

    record BlackoutBody(LocalDate from, LocalDate to, String reasonEn, String reasonKo) {
    }

    record HolidayBody(LocalDate date, String nameKo, String nameEn) {
    }

    record Holidays(List<PublicHolidays.YearRange> coverage, List<PublicHolidays.StaffHoliday> staffEntered) {
    }

    record Created(UUID id) {
    }

    private final Catalogue catalogue;
    private final Blackouts blackouts;
    private final VisitStatistics statistics;
    private final OfficialRegister officialRegister;
    private final RoomRegister roomRegister;
    private final AvailabilityRegister availability;
    private final PublicHolidays holidays;
    private final Clock clock;

    VisitReferenceApiController(Catalogue catalogue, Blackouts blackouts, VisitStatistics statistics,
                                OfficialRegister officialRegister, RoomRegister roomRegister,
                                AvailabilityRegister availability, PublicHolidays holidays, Clock clock) {
        this.catalogue = catalogue;
        this.blackouts = blackouts;
        this.statistics = statistics;
        this.officialRegister = officialRegister;
        this.roomRegister = roomRegister;
        this.availability = availability;
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping("/officials")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Senior officials who receive delegations, with portfolio topics and languages",
            description = "Retired officials are listed too (retired: true); they are neither proposed nor bookable.")
    List<Official> officials() {
        return catalogue.allOfficials();
    }

    @PostMapping("/officials")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Register a senior official with portfolio topics and languages")
    Created createOfficial(@RequestBody OfficialBody o) {
        return new Created(officialRegister.create(o.toOfficial(null)));
    }

    @PutMapping("/officials/{officialId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Edit an official's name, title, department, e-mail, portfolio topics and languages",
            description = "409 VISIT_OFFICIAL_RETIRED for a retired official.")
    Official updateOfficial(@PathVariable UUID officialId, @RequestBody OfficialBody o) {
        return officialRegister.update(o.toOfficial(officialId));
    }

    @PostMapping("/officials/{officialId}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Retire an official: no longer proposed by tailoring nor bookable; past visits still name them",
            description = "409 VISIT_OFFICIAL_STILL_BOOKED, with the visits in 'visits', while a future visit books them.")
    void retireOfficial(@PathVariable UUID officialId) {
        officialRegister.retire(officialId);
    }

    @GetMapping("/absences")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Officials' absences that have not ended yet")
    List<Blackouts.Absence> absences() {
        return blackouts.absencesFrom(clock.instant());
    }

    @PostMapping("/officials/{officialId}/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Mark an official unavailable over a period")
    Created absence(@PathVariable UUID officialId, @RequestBody AbsenceBody b) {
        return new Created(officialRegister.addAbsence(officialId, b.from(), b.to(), b.reason()));
    }

    @DeleteMapping("/officials/{officialId}/absences/{absenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Remove an official's absence")
    void removeAbsence(@PathVariable UUID officialId, @PathVariable UUID absenceId) {
        officialRegister.removeAbsence(officialId, absenceId);
    }

    @GetMapping("/rooms")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Rooms, their kind and capacity; closed rooms too (active: false)")
    List<Room> rooms() {
        return catalogue.allRooms();
    }

    @PostMapping("/rooms")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a room (code: capitals, digits and _; kind; capacity 1 to 1000)")
    Room createRoom(@RequestBody RoomBody r) {
        Room room = r.toRoom(r.code());
        roomRegister.create(room);
        return catalogue.room(room.code()).orElseThrow();
    }

    @PutMapping("/rooms/{code}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Edit a room's names, kind and capacity",
            description = "A capacity smaller than a delegation already booked there in the future is refused: "
                    + "409 VISIT_ROOM_TOO_SMALL_FOR_BOOKED with the visits in 'visits' (docs/decisions/065).")
    Room updateRoom(@PathVariable String code, @RequestBody RoomBody r) {
        return roomRegister.update(r.toRoom(code));
    }

    @PostMapping("/rooms/{code}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Close (deactivate) a room: no longer offered nor bookable",
            description = "409 VISIT_ROOM_STILL_BOOKED, with the visits in 'visits', while a future visit books it.")
    void closeRoom(@PathVariable String code) {
        roomRegister.close(code);
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
    @Operation(summary = "Add a blackout period (both days included)",
            description = "affectedVisits warns of visits already scheduled in the period: they keep their bookings "
                    + "and show the conflict on their schedule.")
    AvailabilityRegister.BlackoutSaved addBlackout(@RequestBody BlackoutBody b) {
        return availability.addBlackout(b.from(), b.to(), b.reasonEn(), b.reasonKo());
    }

    @PutMapping("/blackouts/{blackoutId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Edit a blackout period (both days included); affectedVisits as when adding")
    AvailabilityRegister.BlackoutSaved updateBlackout(@PathVariable UUID blackoutId, @RequestBody BlackoutBody b) {
        return availability.updateBlackout(blackoutId, b.from(), b.to(), b.reasonEn(), b.reasonKo());
    }

    @DeleteMapping("/blackouts/{blackoutId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Delete a blackout period")
    void deleteBlackout(@PathVariable UUID blackoutId) {
        availability.deleteBlackout(blackoutId);
    }

    @GetMapping("/holidays")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Years covered by holiday data (bundled gazette data, staff entries) and the staff-entered holidays")
    Holidays holidays() {
        PublicHolidays.Calendar calendar = holidays.calendar();
        return new Holidays(calendar.coverage(), holidays.staffEntered());
    }

    @PostMapping("/holidays")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a public holiday the bundled data lacks (a substitute holiday, a year after the data's last)",
            description = "409 VISIT_HOLIDAY_EXISTS when the day is a holiday already.")
    void addHoliday(@RequestBody HolidayBody h) {
        availability.addHoliday(h.date(), h.nameKo(), h.nameEn());
    }

    @DeleteMapping("/holidays/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Remove a staff-entered holiday (404 VISIT_HOLIDAY_NOT_FOUND otherwise: bundled ones stay)")
    void removeHoliday(@PathVariable LocalDate date) {
        availability.removeHoliday(date);
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
