package kr.tupyo.election.web;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.election.internal.CalendarEditResult;
import kr.tupyo.election.internal.CalendarField;
import kr.tupyo.election.internal.ContestAdministration;
import kr.tupyo.election.internal.ElectionAdministration;
import kr.tupyo.election.internal.PrecinctImportResult;
import kr.tupyo.election.internal.PrecinctImporter;
import kr.tupyo.election.internal.StationAdministration;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What an administrator changes from the election page: calendar, contests, ballots, precincts, stations. */
@Controller
class ElectionAdminPagesController {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(kr.tupyo.platform.KoreaTime.ZONE);

    /** A calendar change with its time in Korea time, for the history table. */
    public record HistoryRow(kr.tupyo.election.internal.CalendarChange change, String when) {
    }

    private final Elections elections;
    private final ElectionAdministration administration;
    private final ContestAdministration contests;
    private final PrecinctImporter importer;
    private final StationAdministration stations;
    private final MessageSource messages;

    ElectionAdminPagesController(Elections elections, ElectionAdministration administration,
                                 ContestAdministration contests, PrecinctImporter importer,
                                 StationAdministration stations, MessageSource messages) {
        this.elections = elections;
        this.administration = administration;
        this.contests = contests;
        this.importer = importer;
        this.stations = stations;
        this.messages = messages;
    }

    @GetMapping("/elections/{id}/calendar")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    String calendar(@PathVariable UUID id, Model model) {
        Election election = find(id);
        model.addAttribute("election", election);
        model.addAttribute("fields", CalendarField.values());
        model.addAttribute("values", Arrays.stream(CalendarField.values())
                .collect(java.util.stream.Collectors.toMap(f -> f, f -> f.valueIn(election.calendar()), (a, b) -> a,
                        () -> new EnumMap<>(CalendarField.class))));
        model.addAttribute("history", administration.history(election.id()).stream()
                .map(c -> new HistoryRow(c, WHEN.format(c.changedAt()))).toList());
        return "election/calendar";
    }

    @PostMapping("/elections/{id}/calendar")
    @RolesAllowed("ADMIN")
    String editCalendar(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
                        Locale locale) {
        Map<CalendarField, String> dates = new EnumMap<>(CalendarField.class);
        for (CalendarField field : CalendarField.values()) {
            String value = form.get(field.name());
            if (value != null && !value.isBlank()) {
                dates.put(field, value);
            }
        }
        String problem = switch (administration.editCalendar(new ElectionId(id), dates, form.get("reason"))) {
            case CalendarEditResult.Edited edited -> {
                redirect.addFlashAttribute("notice", messages.getMessage("election.calendar.saved",
                        new Object[] {edited.changes().size()}, locale));
                yield null;
            }
            case CalendarEditResult.ElectionMissing m -> message(ElectionError.ELECTION_NOT_FOUND, locale, id);
            case CalendarEditResult.ReasonMissing r -> message(ElectionError.CALENDAR_REASON_REQUIRED, locale);
            case CalendarEditResult.InvalidValue v -> message(ElectionError.CALENDAR_ORDER_BROKEN, locale,
                    v.field() + ": " + v.value());
            case CalendarEditResult.OrderBroken o -> message(ElectionError.CALENDAR_ORDER_BROKEN, locale, o.rule());
        };
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/elections/" + id + "/calendar";
    }

    @PostMapping("/elections/{id}/contests")
    @RolesAllowed("ADMIN")
    String addContest(@PathVariable UUID id, @RequestParam ContestKind kind, @RequestParam String name,
                      @RequestParam(required = false) String ballotTitle, @RequestParam(required = false) String areas,
                      RedirectAttributes redirect, Locale locale) {
        List<String> codes = areas == null || areas.isBlank() ? List.of() : List.of(areas.strip().split("[\\s,]+"));
        attempt(redirect, locale, () -> contests.create(new ElectionId(id), kind, name, ballotTitle, codes),
                "election.contest.added", name);
        return "redirect:/elections/" + id + "#contests";
    }

    @PostMapping("/elections/{id}/contests/{contestId}/entries")
    @RolesAllowed("ADMIN")
    String addEntry(@PathVariable UUID id, @PathVariable UUID contestId, @RequestParam(required = false) Integer number,
                    @RequestParam(required = false) String party, @RequestParam(required = false) String candidateName,
                    RedirectAttributes redirect, Locale locale) {
        attempt(redirect, locale, () -> contests.addEntry(new ContestId(contestId), number, party, candidateName),
                "election.entry.added", candidateName == null || candidateName.isBlank() ? party : candidateName);
        return "redirect:/elections/" + id + "#contests";
    }

    @PostMapping("/elections/{id}/contests/{contestId}/entries/{number}/delete")
    @RolesAllowed("ADMIN")
    String removeEntry(@PathVariable UUID id, @PathVariable UUID contestId, @PathVariable int number,
                       RedirectAttributes redirect, Locale locale) {
        attempt(redirect, locale, () -> {
            contests.removeEntry(new ContestId(contestId), number);
            return null;
        }, "election.entry.removed", number);
        return "redirect:/elections/" + id + "#contests";
    }

    /** Answers a page with the outcome; the upload script shows its result block in place. */
    @PostMapping("/elections/{id}/precincts")
    @RolesAllowed("ADMIN")
    String importPrecincts(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model) {
        Election election = find(id);
        try (InputStream content = file.getInputStream()) {
            model.addAttribute("election", election);
            PrecinctImportResult result = importer.importFile(election.id(), file.getOriginalFilename(), content);
            model.addAttribute("result", result);
            model.addAttribute("outcome", result.getClass().getSimpleName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "election/import-result";
    }

    @PostMapping("/elections/{id}/stations/generate")
    @RolesAllowed("ADMIN")
    String generateStations(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        attempt(redirect, locale, () -> stations.generateDefaults(new ElectionId(id)), "election.stations.generated", null);
        return "redirect:/elections/" + id + "#regions";
    }

    @PostMapping("/elections/{id}/stations")
    @RolesAllowed("ADMIN")
    String addStation(@PathVariable UUID id, @RequestParam String emdCode, @RequestParam String name,
                      @RequestParam String address, RedirectAttributes redirect, Locale locale) {
        attempt(redirect, locale, () -> stations.create(new ElectionId(id), emdCode, name, address).code(),
                "election.station.added", null);
        return "redirect:/elections/" + id + "?sgg=" + (emdCode.strip().length() >= 5 ? emdCode.strip().substring(0, 5) : "")
                + "#regions";
    }

    /** Runs a change and flashes its result (the value fills {0} when no argument is given) or its problem. */
    private void attempt(RedirectAttributes redirect, Locale locale, java.util.function.Supplier<Object> change,
                         String noticeKey, Object argument) {
        try {
            Object result = change.get();
            redirect.addFlashAttribute("notice", messages.getMessage(noticeKey,
                    new Object[] {argument != null ? argument : result}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
    }

    private String message(ElectionError code, Locale locale, Object... args) {
        return messages.getMessage(code.messageKey(), args, locale);
    }

    private Election find(UUID id) {
        // a page answers an unknown election with the 404 error page
        return elections.find(new ElectionId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
