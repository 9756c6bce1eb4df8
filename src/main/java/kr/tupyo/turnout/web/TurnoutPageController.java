package kr.tupyo.turnout.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.internal.MarkedLists;
import kr.tupyo.turnout.internal.StationArea;
import kr.tupyo.turnout.internal.StationLoad;
import kr.tupyo.turnout.internal.TurnoutElections;
import kr.tupyo.turnout.internal.TurnoutFigures;
import kr.tupyo.turnout.internal.TurnoutSnapshot;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The officials' turnout dashboard and the public turnout page (투표율 공개). */
@Controller
class TurnoutPageController {

    private final TurnoutElections elections;
    private final TurnoutFigures figures;
    private final StationLoad load;
    private final MarkedLists lists;
    private final MessageSource messages;
    private final JsonMapper json;

    TurnoutPageController(TurnoutElections elections, TurnoutFigures figures, StationLoad load, MarkedLists lists,
                          MessageSource messages, JsonMapper json) {
        this.elections = elections;
        this.figures = figures;
        this.load = load;
        this.lists = lists;
        this.messages = messages;
        this.json = json;
    }

    private List<Election> newestFirst() {
        return elections.all().stream().sorted(Comparator.comparing(Election::electionDay).reversed()).toList();
    }

    private Election chosen(UUID election, List<Election> all) {
        if (election != null) {
            return elections.require(election);
        }
        return all.isEmpty() ? null : all.getFirst();
    }

    @GetMapping("/turnout")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    String dashboard(@RequestParam(required = false) UUID election, Model model) {
        List<Election> all = newestFirst();
        Election chosen = chosen(election, all);
        model.addAttribute("elections", all);
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            model.addAttribute("jobs", lists.jobs(chosen));
            model.addAttribute("areas", load.areas(chosen));
        }
        return "turnout/dashboard";
    }

    @PostMapping("/turnout/{id}/lists")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    String requestLists(@PathVariable UUID id, @RequestParam(defaultValue = "CSV_PDF") String formats, Principal caller,
                        RedirectAttributes redirect, Locale locale) {
        try {
            lists.requestAll(elections.require(id), formats, caller.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("turnout.lists.requested", null, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error." + e.code().name(), null, e.code().name(), locale));
        }
        return "redirect:/turnout?election=" + id;
    }

    @GetMapping("/public/turnout")
    @PermitAll
    String publicPage(@RequestParam(required = false) UUID election, @RequestParam(required = false) String area,
                      Model model, WebRequest request, HttpServletResponse response, Principal caller, Locale locale) {
        List<Election> all = newestFirst();
        Election chosen = chosen(election, all);
        model.addAttribute("elections", all);
        model.addAttribute("chosen", chosen);
        TurnoutSnapshot snapshot = chosen == null ? null : figures.published(chosen);
        // Station load for one 시도 or 시군구 the visitor chooses, quietest first: never every station of the country.
        Optional<StationArea> place = StationArea.of(area);
        List<StationLoad.SidoChoice> areas = chosen == null ? List.of() : load.areas(chosen);
        List<StationLoad.Load> stations = chosen == null || place.isEmpty() ? List.of() : load.of(chosen, place);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("areas", areas);
        model.addAttribute("area", place.map(StationArea::code).orElse(null));
        model.addAttribute("areaName", place.map(p -> areaName(areas, p.code())).orElse(null));
        model.addAttribute("stations", stations);
        if (caller == null) {
            // Anonymous pages carry no token or name, so a shared cache may keep them for a minute.
            String tag = "\"" + kr.tupyo.turnout.internal.Boundaries.sha256Of(json.writeValueAsBytes(
                    java.util.Arrays.asList(locale.toLanguageTag(), chosen == null ? "" : chosen.id().toString(), snapshot,
                            place.map(StationArea::code).orElse(""), stations)))
                    .substring(0, 32) + "\"";
            response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());
            response.setHeader("Vary", "Accept-Language, Cookie");
            if (request.checkNotModified(tag)) {
                return null;
            }
        }
        return "turnout/public";
    }

    private static String areaName(List<StationLoad.SidoChoice> areas, String code) {
        for (StationLoad.SidoChoice sido : areas) {
            if (sido.code().equals(code)) {
                return sido.name();
            }
            for (StationLoad.AreaChoice sgg : sido.sggs()) {
                if (sgg.code().equals(code)) {
                    return sido.name() + " " + sgg.name();
                }
            }
        }
        return code;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile turnoutTile() {
            return new HomeTile("turnout.tile.title", "turnout.tile.description", "/turnout",
                    Set.of("ADMIN", "ROLL_OFFICER", "OBSERVER"), 500);
        }

        @Bean
        HomeTile publicTurnoutTile() {
            return new HomeTile("turnout.tile.public.title", "turnout.tile.public.description", "/public/turnout",
                    Set.of("ADMIN", "ROLL_OFFICER", "OBSERVER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER",
                            "PRECINCT_OFFICIAL"), 510);
        }
    }
}
