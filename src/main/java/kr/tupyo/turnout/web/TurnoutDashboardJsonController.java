package kr.tupyo.turnout.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutError;
import kr.tupyo.turnout.internal.MarkedLists;
import kr.tupyo.turnout.internal.StationArea;
import kr.tupyo.turnout.internal.StationLoad;
import kr.tupyo.turnout.internal.TurnoutElections;
import kr.tupyo.turnout.internal.TurnoutFigures;
import kr.tupyo.turnout.internal.TurnoutSnapshot;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's own JSON, in the page chain (session sign-in): the /api chain takes bearer tokens only.
 * A {@code @RestController} and not a page controller's {@code @ResponseBody} methods, so that its errors
 * (an unknown election, a bad {@code ?area=}) are problem+json like every API's, not the HTML error page.
 */
@RestController
class TurnoutDashboardJsonController {

    private final TurnoutElections elections;
    private final TurnoutFigures figures;
    private final StationLoad load;
    private final MarkedLists lists;

    TurnoutDashboardJsonController(TurnoutElections elections, TurnoutFigures figures, StationLoad load, MarkedLists lists) {
        this.elections = elections;
        this.figures = figures;
        this.load = load;
        this.lists = lists;
    }

    @GetMapping("/turnout/{id}/live.json")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    TurnoutSnapshot liveJson(@PathVariable UUID id) {
        return figures.live(elections.require(id));
    }

    @GetMapping("/turnout/{id}/load.json")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    List<StationLoad.Load> loadJson(@PathVariable UUID id, @RequestParam(required = false) String area) {
        return load.of(elections.require(id), StationArea.of(area));
    }

    @GetMapping("/turnout/list-jobs/{job}.json")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    Map<String, Object> jobJson(@PathVariable UUID job) {
        var j = lists.job(job).orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_JOB_NOT_FOUND, job));
        return Map.of("job", j, "percent", j.percent());
    }
}
