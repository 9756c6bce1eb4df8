package kr.tupyo.turnout.web;

import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.internal.ElectionDayTurnout;
import kr.tupyo.turnout.internal.TurnoutElections;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A precinct official's page on election day: their precinct, the counts entered for hours 06–20 so
 * far, and a form for the next one (or a correction). The precinct comes from the account, never from
 * the request, so the page cannot be pointed at another precinct.
 */
@Controller
class PrecinctTurnoutPageController {

    private final ElectionDayTurnout electionDay;
    private final TurnoutElections elections;
    private final MessageSource messages;

    PrecinctTurnoutPageController(ElectionDayTurnout electionDay, TurnoutElections elections, MessageSource messages) {
        this.electionDay = electionDay;
        this.elections = elections;
        this.messages = messages;
    }

    @GetMapping("/turnout/precinct")
    @RolesAllowed("PRECINCT_OFFICIAL")
    String page(Model model, Locale locale) {
        long precinct = OwnPrecinct.of(StaffPrincipal.current().orElseThrow());
        model.addAttribute("precinctId", precinct);
        try {
            model.addAttribute("day", electionDay.day(precinct));
        } catch (ProblemException e) {
            model.addAttribute("missing", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
        model.addAttribute("firstHour", ElectionDayTurnout.FIRST_HOUR);
        model.addAttribute("lastHour", ElectionDayTurnout.LAST_HOUR);
        return "turnout/precinct";
    }

    @PostMapping("/turnout/precinct/entries")
    @RolesAllowed("PRECINCT_OFFICIAL")
    String enter(@RequestParam int hour, @RequestParam long voters, Principal caller, RedirectAttributes redirect,
                 Locale locale) {
        long precinct = OwnPrecinct.of(StaffPrincipal.current().orElseThrow());
        try {
            var day = electionDay.day(precinct);
            var entry = electionDay.enter(elections.require(UUID.fromString(day.electionId())), precinct, hour, voters,
                    caller.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("turnout.precinct.entered",
                    new Object[] {String.format("%02d", entry.hour()), entry.voters()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
        return "redirect:/turnout/precinct";
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile precinctTurnoutTile() {
            return new HomeTile("turnout.tile.precinct.title", "turnout.tile.precinct.description", "/turnout/precinct",
                    Set.of("PRECINCT_OFFICIAL"), 530);
        }
    }
}
