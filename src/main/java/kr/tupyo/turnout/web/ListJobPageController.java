package kr.tupyo.turnout.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutError;
import kr.tupyo.turnout.internal.ListJob;
import kr.tupyo.turnout.internal.MarkedLists;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One national run of the marked election-day lists in the browser: every file it wrote with its
 * precinct, lines, early voters and recorded SHA-256, and the files themselves for officers (session
 * sign-in; the /api chain takes tokens only). Downloads are checked against the digest and audited.
 */
@Controller
class ListJobPageController {

    private final MarkedLists lists;

    ListJobPageController(MarkedLists lists) {
        this.lists = lists;
    }

    @GetMapping("/turnout/list-jobs/{job}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    String job(@PathVariable UUID job, Model model) {
        ListJob j = lists.job(job).orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_LIST_JOB_NOT_FOUND, job));
        model.addAttribute("job", j);
        model.addAttribute("files", lists.files(job));
        model.addAttribute("precincts", lists.precinctNames(j));
        return "turnout/list-job";
    }

    @GetMapping("/turnout/list-jobs/{job}/files/{precinctId}.{format}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER"})
    ResponseEntity<byte[]> file(@PathVariable UUID job, @PathVariable long precinctId, @PathVariable String format) {
        MarkedLists.Document d = lists.jobFile(job, precinctId, format);
        return MarkedListApiController.download(d.bytes(), MarkedLists.format(format), d.sha256(), precinctId);
    }
}
