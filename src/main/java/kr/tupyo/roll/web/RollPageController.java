package kr.tupyo.roll.web;

import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import kr.tupyo.election.Election;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.internal.Compilations;
import kr.tupyo.roll.internal.Corrections;
import kr.tupyo.roll.internal.CourtAdditions;
import kr.tupyo.roll.internal.Finalisation;
import kr.tupyo.roll.internal.InspectionCalendar;
import kr.tupyo.roll.internal.JobKind;
import kr.tupyo.roll.internal.ObjectionDesk;
import kr.tupyo.roll.internal.ObjectionKind;
import kr.tupyo.roll.internal.Objections;
import kr.tupyo.roll.internal.RollEntries;
import kr.tupyo.roll.internal.RollJobs;
import kr.tupyo.roll.internal.RollPrecincts;
import kr.tupyo.roll.internal.RollQueries;
import kr.tupyo.roll.internal.RollStatistics;
import kr.tupyo.roll.internal.StatisticsLevel;
import kr.tupyo.roll.internal.VotersLists;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roll officer's pages: elections and their lists, compile with a progress bar, objections, finalise. */
@Controller
class RollPageController {

    static final String[] SIGNED_IN = {"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR",
            "VISITS_OFFICER", "OBSERVER"};

    private final Elections elections;
    private final RollQueries queries;
    private final VotersLists lists;
    private final Objections objections;
    private final RollJobs jobs;
    private final Compilations compilations;
    private final Finalisation finalisation;
    private final ObjectionDesk desk;
    private final Corrections corrections;
    private final CourtAdditions additions;
    private final RollPrecincts precincts;
    private final RollEntries entries;
    private final RollStatistics statistics;
    private final InspectionCalendar calendar;
    private final MessageSource messages;

    RollPageController(Elections elections, RollQueries queries, VotersLists lists, Objections objections, RollJobs jobs,
                       Compilations compilations, Finalisation finalisation, ObjectionDesk desk, Corrections corrections, CourtAdditions additions,
                       RollPrecincts precincts, RollEntries entries, RollStatistics statistics,
                       InspectionCalendar calendar, MessageSource messages) {
        this.elections = elections;
        this.queries = queries;
        this.lists = lists;
        this.objections = objections;
        this.jobs = jobs;
        this.compilations = compilations;
        this.finalisation = finalisation;
        this.desk = desk;
        this.corrections = corrections;
        this.additions = additions;
        this.precincts = precincts;
        this.entries = entries;
        this.statistics = statistics;
        this.calendar = calendar;
        this.messages = messages;
    }

    record ElectionRow(Election election, String status, long voters, long excluded) {
    }

    @GetMapping("/roll")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    String index(Model model) {
        List<ElectionRow> rows = elections.all().stream().map(e -> lists.find(e.id())
                .map(l -> new ElectionRow(e, l.status().name(), l.voters(), l.excluded()))
                .orElse(new ElectionRow(e, "NOT_COMPILED", 0, 0))).toList();
        model.addAttribute("rows", rows);
        return "roll/index";
    }

    @GetMapping("/roll/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    String list(@PathVariable UUID id, Model model, Principal caller) {
        Election election = queries.election(id);
        var list = lists.find(election.id()).orElse(null);
        model.addAttribute("election", election);
        model.addAttribute("list", list);
        model.addAttribute("status", list == null ? "NOT_COMPILED" : list.status().name());
        model.addAttribute("reasons", lists.reasonCounts(election.id()).stream().filter(r -> r.reason() != null).toList());
        model.addAttribute("job", jobs.latest(election.id(), JobKind.COMPILE).orElse(null));
        model.addAttribute("listsJob", jobs.latest(election.id(), JobKind.LISTS).orElse(null));
        model.addAttribute("finaliseJob", jobs.latest(election.id(), JobKind.FINALISE).orElse(null));
        model.addAttribute("objections", objections.of(election.id()));
        model.addAttribute("objectionKinds", ObjectionKind.values());
        model.addAttribute("precincts", precincts.of(election.id()));
        model.addAttribute("corrections", corrections.of(election.id()));
        model.addAttribute("inspectionOpen", calendar.isOpen(election));
        model.addAttribute("officer", isOfficer());
        return "roll/list";
    }

    @PostMapping("/roll/{id}/compile")
    @RolesAllowed("ROLL_OFFICER")
    String compile(@PathVariable UUID id, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        switch (compilations.request(election, caller.getName())) {
            case Compilations.Request.Accepted a -> redirect.addFlashAttribute("notice", text("roll.compile.started", locale));
            case Compilations.Request.Finalised f -> redirect.addFlashAttribute("problem",
                    text("error.ROLL_ALREADY_FINALISED", locale));
            case Compilations.Request.Finalising f -> redirect.addFlashAttribute("problem",
                    text("error.ROLL_FINALISING", locale));
        }
        return "redirect:/roll/" + id;
    }

    @PostMapping("/roll/{id}/objections")
    @RolesAllowed("ROLL_OFFICER")
    String file(@PathVariable UUID id, @RequestParam ObjectionKind kind, @RequestParam String rrn,
                @RequestParam String claim, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        outcome(redirect, locale, () -> switch (desk.file(election, kind, RollQueries.rrn(rrn), claim, caller.getName())) {
            case ObjectionDesk.Filing.Filed f -> Said.ok("roll.objection.filed");
            case ObjectionDesk.Filing.NotCompiled n -> Said.problem("error.ROLL_NOT_COMPILED");
            case ObjectionDesk.Filing.Finalised f -> Said.problem("error.ROLL_ALREADY_FINALISED");
            case ObjectionDesk.Filing.Finalising f -> Said.problem("error.ROLL_FINALISING");
            case ObjectionDesk.Filing.OutsideInspection o -> Said.problem("roll.objection.outsideInspection");
            case ObjectionDesk.Filing.NotApplicable n -> Said.problem(ObjectionRefusals.AT_FILING,
                    ObjectionRefusals.reason(n.why()));
        });
        return "redirect:/roll/" + id + "#objections";
    }

    @PostMapping("/roll/{id}/objections/{objectionId}/decision")
    @RolesAllowed("ROLL_OFFICER")
    String decide(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestParam boolean accept,
                  @RequestParam String reason, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("problem", text("roll.objection.reasonRequired", locale));
            return "redirect:/roll/" + id + "#objections";
        }
        outcome(redirect, locale, () -> switch (desk.decide(election, objectionId, accept, reason, caller.getName())) {
            case ObjectionDesk.Decision.Decided d -> Said.ok("roll.objection.decided");
            case ObjectionDesk.Decision.NotFound n -> Said.problem("roll.objection.notFound");
            case ObjectionDesk.Decision.AlreadyDecided a -> Said.problem("error.ROLL_OBJECTION_DECIDED");
            case ObjectionDesk.Decision.Finalised f -> Said.problem("error.ROLL_ALREADY_FINALISED");
            case ObjectionDesk.Decision.Finalising f -> Said.problem("error.ROLL_FINALISING");
            case ObjectionDesk.Decision.NotApplicable n -> Said.problem("roll.objection.notApplicable." + n.why());
        });
        return "redirect:/roll/" + id + "#objections";
    }

    @PostMapping("/roll/{id}/finalise")
    @RolesAllowed("ROLL_OFFICER")
    String finalise(@PathVariable UUID id, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        outcome(redirect, locale, () -> switch (finalisation.request(election, caller.getName())) {
            case Finalisation.Result.Accepted a -> Said.ok("roll.finalise.started");
            case Finalisation.Result.NotCompiled n -> Said.problem("error.ROLL_NOT_COMPILED");
            case Finalisation.Result.AlreadyFinalised a -> Said.problem("error.ROLL_ALREADY_FINALISED");
            case Finalisation.Result.ObjectionsPending p -> Said.problem("roll.finalise.pending");
            case Finalisation.Result.CompilationRunning c -> Said.problem("roll.finalise.compiling");
            case Finalisation.Result.ContestsChanged c -> Said.problem("error.ROLL_CONTESTS_CHANGED");
        });
        return "redirect:/roll/" + id;
    }

    @PostMapping("/roll/{id}/lists")
    @RolesAllowed("ROLL_OFFICER")
    String allLists(@PathVariable UUID id, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        queries.list(election);
        compilations.requestLists(election, caller.getName());
        redirect.addFlashAttribute("notice", text("roll.lists.started", locale));
        return "redirect:/roll/" + id + "#lists";
    }

    @PostMapping("/roll/{id}/corrections/deaths")
    @RolesAllowed("ROLL_OFFICER")
    String deaths(@PathVariable UUID id, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        int recorded = corrections.recordDeaths(election, caller.getName());
        redirect.addFlashAttribute("notice", messages.getMessage("roll.corrections.recorded", new Object[] {recorded}, locale));
        return "redirect:/roll/" + id + "#corrections";
    }

    @PostMapping("/roll/{id}/corrections")
    @RolesAllowed("ROLL_OFFICER")
    String courtOrder(@PathVariable UUID id, @RequestParam String kind, @RequestParam String rrn,
                      @RequestParam String reason, Principal caller, RedirectAttributes redirect, Locale locale) {
        Election election = queries.election(id);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("problem", text("roll.objection.reasonRequired", locale));
            return "redirect:/roll/" + id + "#corrections";
        }
        try {
            var number = RollQueries.rrn(rrn);
            String said = "COURT_ORDER_ADDITION".equals(kind)
                    ? switch (additions.add(election, number, reason, caller.getName())) {
                        case CourtAdditions.Result.Added a -> messages.getMessage("roll.corrections.added",
                                new Object[] {a.version(), a.precinctName() == null ? "-" : a.precinctName(), a.voterNumber()}, locale);
                        case CourtAdditions.Result.NotFinalised n -> null;
                        case CourtAdditions.Result.NotOnRegister n -> problem(redirect, "error.ROLL_NOT_ON_REGISTER", locale);
                        case CourtAdditions.Result.AlreadyOnList a -> problem(redirect, "error.ROLL_ALREADY_ON_LIST", locale);
                        case CourtAdditions.Result.AlreadyAdded a -> problem(redirect, "error.ROLL_ALREADY_CORRECTED", locale);
                        case CourtAdditions.Result.OutsideElectionArea o -> problem(redirect, "error.ROLL_OUTSIDE_ELECTION_AREA", locale);
                    }
                    : switch (corrections.courtOrder(election, number, reason, caller.getName())) {
                        case Corrections.Result.Recorded r -> messages.getMessage("roll.corrections.blocked",
                                new Object[] {r.version()}, locale);
                        case Corrections.Result.NotFinalised n -> null;
                        case Corrections.Result.NotOnList n -> problem(redirect, "error.ROLL_VOTER_NOT_FOUND", locale);
                        case Corrections.Result.AlreadyCorrected a -> problem(redirect, "error.ROLL_ALREADY_CORRECTED", locale);
                    };
            if (said == null) {
                problem(redirect, "error.ROLL_NOT_FINALISED", locale);
            } else if (!said.isEmpty()) {
                redirect.addFlashAttribute("notice", said);
            }
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(),
                    e.code().name(), locale));
        }
        return "redirect:/roll/" + id + "#corrections";
    }

    /** Puts a problem on the page; "" so that a switch arm can say nothing more. */
    private String problem(RedirectAttributes redirect, String key, Locale locale) {
        redirect.addFlashAttribute("problem", text(key, locale));
        return "";
    }

    @GetMapping("/roll/{id}/voters")
    @RolesAllowed({"ROLL_OFFICER", "OBSERVER"})
    String voters(@PathVariable UUID id, @RequestParam long precinct, @RequestParam(defaultValue = "0") int after,
                  Model model) {
        Election election = queries.election(id);
        var p = precincts.find(election.id(), precinct).orElseThrow(
                () -> new ProblemException(kr.tupyo.roll.RollError.ROLL_PRECINCT_NOT_FOUND, precinct));
        var page = entries.inPrecinct(election.id(), p.id(), after, 200);
        model.addAttribute("election", election);
        model.addAttribute("precinct", p);
        model.addAttribute("voters", page);
        model.addAttribute("total", entries.countInPrecinct(election.id(), p.id()));
        model.addAttribute("next", page.size() == 200 ? page.getLast().voterNumber() : null);
        return "roll/voters";
    }

    @GetMapping("/roll/{id}/statistics")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    String statistics(@PathVariable UUID id, @RequestParam(defaultValue = "SIDO") StatisticsLevel level, Model model) {
        Election election = queries.election(id);
        model.addAttribute("election", election);
        model.addAttribute("level", level);
        model.addAttribute("levels", StatisticsLevel.values());
        model.addAttribute("ageBands", List.of("18-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+"));
        model.addAttribute("rows", lists.find(election.id()).isPresent() ? statistics.at(election, level) : List.of());
        return "roll/statistics";
    }

    /** What the page says after an action: a message key and its arguments, shown as a notice or as a problem. */
    record Said(String key, boolean ok, Object... args) {
        static Said ok(String key) {
            return new Said(key, true);
        }

        static Said problem(String key, Object... args) {
            return new Said(key, false, args);
        }
    }

    private void outcome(RedirectAttributes redirect, Locale locale, Supplier<Said> action) {
        try {
            Said said = action.get();
            redirect.addFlashAttribute(said.ok() ? "notice" : "problem",
                    messages.getMessage(said.key(), said.args(), said.key(), locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(),
                    e.code().name(), locale));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static boolean isOfficer() {
        return kr.tupyo.identity.StaffPrincipal.current().map(p -> p.role() == kr.tupyo.identity.Role.ROLL_OFFICER)
                .orElse(false);
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile rollTile() {
            return new HomeTile("roll.tile.title", "roll.tile.description", "/roll", Set.of(SIGNED_IN), 300);
        }

        @Bean
        HomeTile inspectionTile() {
            return new HomeTile("roll.tile.inspection.title", "roll.tile.inspection.description", "/inspection",
                    Set.of("ROLL_OFFICER", "OBSERVER"), 310);
        }
    }

}
