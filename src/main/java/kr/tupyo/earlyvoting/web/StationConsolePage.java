package kr.tupyo.earlyvoting.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.election.Elections;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.KoreaTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The station console (사전투표 본인확인·교부): scan or type the RRN, or search by name and birth date;
 * the voter signs on the pad; issue; print. The page's script talks to {@link StationConsoleActions}.
 * A supervisor also sees today's issuances of the station and the spoil-and-reissue form
 * ({@link StationConsoleSpoils}).
 */
@Controller
class StationConsolePage {

    private final Elections elections;
    private final TodaysIssuances todays;
    private final Clock clock;

    StationConsolePage(Elections elections, TodaysIssuances todays, Clock clock) {
        this.elections = elections;
        this.todays = todays;
        this.clock = clock;
    }

    @GetMapping("/early-voting/station")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    String console(@RequestParam(required = false) UUID election, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), KoreaTime.ZONE);
        List<Election> all = elections.all();
        // the election in early voting today first, then the next ones to come
        List<Election> ordered = all.stream()
                .sorted(Comparator.comparing((Election e) -> !e.calendar().earlyVoting().contains(today))
                        .thenComparing(e -> e.electionDay().isBefore(today))
                        .thenComparing(Election::electionDay))
                .toList();
        String station = StaffPrincipal.current().map(StaffPrincipal::stationCode).orElse("");
        boolean supervisor = StaffPrincipal.current().map(p -> p.role().name().equals("STATION_SUPERVISOR")).orElse(false);
        Election chosen = ordered.stream().filter(e -> e.id().value().equals(election)).findFirst()
                .orElse(ordered.isEmpty() ? null : ordered.getFirst());
        model.addAttribute("elections", ordered);
        model.addAttribute("chosen", chosen == null ? null : chosen.id().value());
        model.addAttribute("station", station);
        model.addAttribute("supervisor", supervisor);
        if (supervisor && chosen != null && !station.isEmpty()) {
            model.addAttribute("issuances", todays.of(chosen.id(), station, today));
        }
        return "earlyvoting/console";
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile earlyVotingConsoleTile() {
            return new HomeTile("earlyvoting.tile.console.title", "earlyvoting.tile.console.description",
                    "/early-voting/station", Set.of("STATION_OPERATOR", "STATION_SUPERVISOR"), 300);
        }
    }
}
