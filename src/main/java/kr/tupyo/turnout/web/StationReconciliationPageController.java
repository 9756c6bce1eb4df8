package kr.tupyo.turnout.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import kr.tupyo.election.Election;
import kr.tupyo.election.StationCode;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.turnout.internal.Reconciliation;
import kr.tupyo.turnout.internal.StationDayReconciliation;
import kr.tupyo.turnout.internal.TurnoutElections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Station staff see their own station's reconciliation, day by day (정산), and nobody else's. */
@Controller
class StationReconciliationPageController {

    private final TurnoutElections elections;
    private final Reconciliation reconciliation;

    StationReconciliationPageController(TurnoutElections elections, Reconciliation reconciliation) {
        this.elections = elections;
        this.reconciliation = reconciliation;
    }

    record Day(Election election, StationDayReconciliation day) {
    }

    @GetMapping("/turnout/station")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    String page(Model model) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        List<Day> days = new ArrayList<>();
        if (StationCode.isValid(me.stationCode())) {
            StationCode station = new StationCode(me.stationCode());
            for (Election e : elections.all().stream().sorted(Comparator.comparing(Election::electionDay).reversed()).toList()) {
                var period = e.calendar().earlyVoting();
                for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
                    reconciliation.stationDay(e, station, d).ifPresent(r -> days.add(new Day(e, r)));
                }
            }
        }
        model.addAttribute("station", me.stationCode());
        model.addAttribute("days", days);
        return "turnout/station";
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile stationReconciliationTile() {
            return new HomeTile("turnout.tile.station.title", "turnout.tile.station.description", "/turnout/station",
                    Set.of("STATION_OPERATOR", "STATION_SUPERVISOR"), 520);
        }
    }
}
