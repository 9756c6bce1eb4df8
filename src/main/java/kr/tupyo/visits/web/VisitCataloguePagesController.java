package kr.tupyo.visits.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.RoomKind;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.AvailabilityRegister;
import kr.tupyo.visits.internal.Blackouts;
import kr.tupyo.visits.internal.Catalogue;
import kr.tupyo.visits.internal.Official;
import kr.tupyo.visits.internal.OfficialRegister;
import kr.tupyo.visits.internal.PublicHolidays;
import kr.tupyo.visits.internal.Room;
import kr.tupyo.visits.internal.RoomRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's reference data in the browser: officials (edit, retire, absences), rooms (add, edit,
 * close), periods without visits (add, edit, delete) and public holidays beyond the bundled data.
 * A refusal or a warning that concerns scheduled visits lists them on the next page.
 */
@Controller
class VisitCataloguePagesController {

    private static final String OFFICIALS = "/visits/officials";

    private final Catalogue catalogue;
    private final Blackouts blackouts;
    private final PublicHolidays holidays;
    private final OfficialRegister officials;
    private final RoomRegister rooms;
    private final AvailabilityRegister availability;
    private final PageMessages messages;
    private final Clock clock;

    VisitCataloguePagesController(Catalogue catalogue, Blackouts blackouts, PublicHolidays holidays,
                                  OfficialRegister officials, RoomRegister rooms, AvailabilityRegister availability,
                                  PageMessages messages, Clock clock) {
        this.catalogue = catalogue;
        this.blackouts = blackouts;
        this.holidays = holidays;
        this.officials = officials;
        this.rooms = rooms;
        this.availability = availability;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(OFFICIALS)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String officials(Model model) {
        List<Official> all = catalogue.allOfficials();
        model.addAttribute("officials", all);
        model.addAttribute("officialNames", all.stream().collect(Collectors.toMap(Official::id, Function.identity())));
        model.addAttribute("absences", blackouts.absencesFrom(clock.instant()));
        model.addAttribute("rooms", catalogue.allRooms());
        model.addAttribute("roomKinds", RoomKind.values());
        model.addAttribute("blackouts", blackouts.all());
        return "visits/officials";
    }

    @GetMapping("/visits/officials/new")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String newOfficial(Model model) {
        model.addAttribute("official", new Official(null, "", "", "", "", "", null, List.of(), List.of(), false, false));
        model.addAttribute("topics", Topic.values());
        return "visits/official";
    }

    @PostMapping(OFFICIALS)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String createOfficial(@RequestParam String nameEn, @RequestParam String nameKo, @RequestParam String titleEn,
                          @RequestParam String titleKo, @RequestParam String department,
                          @RequestParam(required = false) String email, @RequestParam(required = false) List<Topic> topics,
                          @RequestParam(required = false) String languages, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS, flash, locale, "visits.notice.officialCreated", () -> officials.create(
                new VisitReferenceApiController.OfficialBody(nameEn, nameKo, titleEn, titleKo, department, email,
                        topics, VisitsPagesController.languagesOf(languages)).toOfficial(null)));
    }

    @GetMapping("/visits/officials/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String editOfficial(@PathVariable UUID id, Model model) {
        model.addAttribute("official", catalogue.official(id)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_OFFICIAL_NOT_FOUND, id)));
        model.addAttribute("topics", Topic.values());
        return "visits/official";
    }

    @PostMapping("/visits/officials/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String updateOfficial(@PathVariable UUID id, @RequestParam String nameEn, @RequestParam String nameKo,
                          @RequestParam String titleEn, @RequestParam String titleKo, @RequestParam String department,
                          @RequestParam(required = false) String email,
                          @RequestParam(required = false) List<Topic> topics,
                          @RequestParam(required = false) String languages, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS, flash, locale, "visits.notice.officialSaved", () -> officials.update(
                new VisitReferenceApiController.OfficialBody(nameEn, nameKo, titleEn, titleKo, department, email,
                        topics, VisitsPagesController.languagesOf(languages)).toOfficial(id)));
    }

    @PostMapping("/visits/officials/{id}/retire")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String retire(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS, flash, locale, "visits.notice.officialRetired", () -> officials.retire(id));
    }

    @PostMapping("/visits/officials/{id}/absences")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String absence(@PathVariable UUID id, @RequestParam LocalDateTime from, @RequestParam LocalDateTime to,
                   @RequestParam String reason, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS, flash, locale, "visits.notice.saved", () -> officials.addAbsence(id,
                from.atZone(KoreaTime.ZONE).toInstant(), to.atZone(KoreaTime.ZONE).toInstant(), reason));
    }

    @PostMapping("/visits/officials/{id}/absences/{absenceId}/remove")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String removeAbsence(@PathVariable UUID id, @PathVariable UUID absenceId, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS, flash, locale, "visits.notice.absenceRemoved", () -> officials.removeAbsence(id, absenceId));
    }

    @PostMapping("/visits/rooms")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String createRoom(@RequestParam String code, @RequestParam String nameEn, @RequestParam String nameKo,
                      @RequestParam RoomKind kind, @RequestParam int capacity, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS + "#rooms", flash, locale, "visits.notice.roomSaved",
                () -> rooms.create(new Room(code.strip().toUpperCase(Locale.ROOT), nameEn, nameKo, kind, capacity, true)));
    }

    @GetMapping("/visits/rooms/{code}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String editRoom(@PathVariable String code, Model model) {
        model.addAttribute("room", catalogue.room(code)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_ROOM_NOT_FOUND, code)));
        model.addAttribute("roomKinds", RoomKind.values());
        return "visits/room";
    }

    @PostMapping("/visits/rooms/{code}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String updateRoom(@PathVariable String code, @RequestParam String nameEn, @RequestParam String nameKo,
                      @RequestParam RoomKind kind, @RequestParam int capacity, RedirectAttributes flash, Locale locale) {
        String back = run(OFFICIALS + "#rooms", flash, locale, "visits.notice.roomSaved",
                () -> rooms.update(new Room(code, nameEn, nameKo, kind, capacity, true)));
        return flash.getFlashAttributes().containsKey("problem") ? "redirect:/visits/rooms/" + code : back;
    }

    @PostMapping("/visits/rooms/{code}/close")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String closeRoom(@PathVariable String code, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS + "#rooms", flash, locale, "visits.notice.roomClosed", () -> rooms.close(code));
    }

    @PostMapping("/visits/blackouts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String blackout(@RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam String reasonEn,
                    @RequestParam String reasonKo, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS + "#blackouts", flash, locale, "visits.notice.saved",
                () -> warn(flash, locale, availability.addBlackout(from, to, reasonEn, reasonKo)));
    }

    @PostMapping("/visits/blackouts/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String updateBlackout(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to,
                          @RequestParam String reasonEn, @RequestParam String reasonKo, RedirectAttributes flash,
                          Locale locale) {
        return run(OFFICIALS + "#blackouts", flash, locale, "visits.notice.saved",
                () -> warn(flash, locale, availability.updateBlackout(id, from, to, reasonEn, reasonKo)));
    }

    @PostMapping("/visits/blackouts/{id}/delete")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String deleteBlackout(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return run(OFFICIALS + "#blackouts", flash, locale, "visits.notice.blackoutDeleted",
                () -> availability.deleteBlackout(id));
    }

    @GetMapping("/visits/holidays")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    String holidays(Model model) {
        PublicHolidays.Calendar calendar = holidays.calendar();
        int thisYear = LocalDate.now(clock.withZone(KoreaTime.ZONE)).getYear();
        model.addAttribute("coverage", calendar.coverage());
        model.addAttribute("staffHolidays", holidays.staffEntered());
        model.addAttribute("uncovered", java.util.stream.IntStream.rangeClosed(thisYear, thisYear + 2)
                .filter(y -> !calendar.covers(LocalDate.of(y, 1, 1))).boxed().toList());
        return "visits/holidays";
    }

    @PostMapping("/visits/holidays")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String addHoliday(@RequestParam LocalDate date, @RequestParam String nameKo, @RequestParam String nameEn,
                      RedirectAttributes flash, Locale locale) {
        return run("/visits/holidays", flash, locale, "visits.notice.holidayAdded",
                () -> availability.addHoliday(date, nameKo, nameEn));
    }

    @PostMapping("/visits/holidays/{date}/remove")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    String removeHoliday(@PathVariable LocalDate date, RedirectAttributes flash, Locale locale) {
        return run("/visits/holidays", flash, locale, "visits.notice.holidayRemoved",
                () -> availability.removeHoliday(date));
    }

    /** A blackout over scheduled visits is saved; the next page names them as a warning. */
    private static void warn(RedirectAttributes flash, Locale locale, AvailabilityRegister.BlackoutSaved saved) {
        if (!saved.affectedVisits().isEmpty()) {
            flash.addFlashAttribute("affected", saved.affectedVisits());
            flash.addFlashAttribute("affectedKey", "visits.blackout.affected");
        }
    }

    /** Like {@link PageMessages#run}, and a refusal that names scheduled visits lists them. */
    private String run(String redirect, RedirectAttributes flash, Locale locale, String noticeKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.text(locale, noticeKey));
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", messages.problem(e, locale));
            if (e.properties().get("visits") instanceof List<?> visits && !visits.isEmpty()) {
                flash.addFlashAttribute("affected", visits);
                flash.addFlashAttribute("affectedKey", "visits.refusal.affected");
            }
        }
        return "redirect:" + redirect;
    }
}
