package kr.tupyo.earlyvoting.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

/**
 * The station console (사전투표 본인확인·교부): scan or type the RRN, or search by name and birth date;
 * the voter signs on the pad; issue; print. The page's script talks to {@link StationConsoleActions}.
 */
@Controller
class StationConsolePage {

    private final Elections elections;
    private final Clock clock;

    StationConsolePage(Elections elections, Clock clock) {
        this.elections = elections;
        this.clock = clock;
    }

    @GetMapping("/early-voting/station")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    String console(Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), KoreaTime.ZONE);
        List<Election> all = elections.all();
        // the election in early voting today first, then the next ones to come
        List<Election> ordered = all.stream()
                .sorted(Comparator.comparing((Election e) -> !e.calendar().earlyVoting().contains(today))
                        .thenComparing(e -> e.electionDay().isBefore(today))
                        .thenComparing(Election::electionDay))
                .toList();
        model.addAttribute("elections", ordered);
        model.addAttribute("station", StaffPrincipal.current().map(StaffPrincipal::stationCode).orElse(""));
        model.addAttribute("supervisor", StaffPrincipal.current().map(p -> p.role().name().equals("STATION_SUPERVISOR")).orElse(false));
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
