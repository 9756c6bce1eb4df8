package kr.tupyo.election.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.election.Elections;
import kr.tupyo.election.internal.ElectionAdministration;
import kr.tupyo.election.internal.ElectionRegions;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The elections list, the create form and the election page (calendar, contests, precincts, stations). */
@Controller
class ElectionPagesController {

    private final Elections elections;
    private final Contests contests;
    private final ElectionRegions regions;
    private final ElectionAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    ElectionPagesController(Elections elections, Contests contests, ElectionRegions regions,
                            ElectionAdministration administration, MessageSource messages, Clock clock) {
        this.elections = elections;
        this.contests = contests;
        this.regions = regions;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/elections")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    String list(Model model) {
        model.addAttribute("elections", elections.all());
        model.addAttribute("types", ElectionType.values());
        return "election/elections";
    }

    @PostMapping("/elections")
    @RolesAllowed("ADMIN")
    String create(@RequestParam ElectionType type, @RequestParam String name,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate electionDay,
                  RedirectAttributes redirect, Locale locale) {
        try {
            Election created = administration.create(type, name, electionDay);
            redirect.addFlashAttribute("notice", messages.getMessage("election.created", new Object[] {created.name()}, locale));
            return "redirect:/elections/" + created.id();
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
            return "redirect:/elections";
        }
    }

    @GetMapping("/elections/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    String election(@PathVariable UUID id, @RequestParam(required = false) String sgg, Model model) {
        Election election = find(id);
        LocalDate today = LocalDate.now(clock.withZone(KoreaTime.ZONE));
        model.addAttribute("election", election);
        model.addAttribute("calendar", election.calendar());
        model.addAttribute("milestones", Milestone.of(election.calendar()));
        model.addAttribute("today", today);
        var electionContests = contests.of(election.id());
        model.addAttribute("ballots", electionContests.stream()
                .map(c -> contests.ballot(c.id()).map(b -> new ContestView(c, b)).orElseThrow()).toList());
        model.addAttribute("kinds", Arrays.stream(ContestKind.values()).filter(k -> k.isHeldIn(election.type())).toList());
        var perSgg = regions.perSgg(election.id());
        model.addAttribute("sidoCounts", kr.tupyo.election.internal.ElectionRegions.sumPerSido(perSgg));
        model.addAttribute("sggCounts", perSgg);
        model.addAttribute("totals", kr.tupyo.election.internal.ElectionRegions.total(perSgg));
        model.addAttribute("rules", election.eligibilityRules(electionContests));
        if (sgg != null && sgg.matches("\\d{5}")) {
            model.addAttribute("sgg", sgg);
            model.addAttribute("sggLabel", perSgg.stream().filter(r -> r.sggCode().equals(sgg)).findFirst()
                    .map(r -> r.sidoName() + " " + r.sggName() + " (" + sgg + ")").orElse(sgg));
            model.addAttribute("precincts", regions.precincts(election.id(), sgg));
            model.addAttribute("stations", regions.stations(election.id(), sgg));
        }
        return "election/election";
    }

    public record ContestView(kr.tupyo.election.Contest contest, kr.tupyo.election.Ballot ballot) {
    }

    private Election find(UUID id) {
        // a page answers an unknown election with the 404 error page
        return elections.find(new ElectionId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile electionsTile() {
            return new HomeTile("election.tile.title", "election.tile.description", "/elections",
                    Set.of("ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER"), 100);
        }
    }
}
