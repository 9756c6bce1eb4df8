package kr.tupyo.roll.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.platform.PublicPaths;
import kr.tupyo.roll.internal.Inspection;
import kr.tupyo.roll.internal.InspectionCalendar;
import kr.tupyo.roll.internal.ObjectionDesk;
import kr.tupyo.roll.internal.ObjectionKind;
import kr.tupyo.roll.internal.RollQueries;
import kr.tupyo.roll.internal.VotersLists;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public inspection page (열람): no account; a citizen gives name and number and sees only their
 * own entry, and may lodge an objection. Outside the period the page says when it opens.
 */
@Controller
class InspectionPageController {

    private final Elections elections;
    private final VotersLists lists;
    private final Inspection inspection;
    private final InspectionCalendar calendar;
    private final ObjectionDesk desk;
    private final MessageSource messages;

    InspectionPageController(Elections elections, VotersLists lists, Inspection inspection, InspectionCalendar calendar,
                             ObjectionDesk desk, MessageSource messages) {
        this.elections = elections;
        this.lists = lists;
        this.inspection = inspection;
        this.calendar = calendar;
        this.desk = desk;
        this.messages = messages;
    }

    /** Elections whose list is compiled and whose inspection is open today or still to come. */
    record Offer(Election election, boolean open) {
    }

    private List<Offer> offers() {
        var today = calendar.today();
        return elections.all().stream()
                .filter(e -> !e.calendar().inspection().last().isBefore(today))
                .filter(e -> lists.find(e.id()).isPresent() || !e.calendar().inspection().first().isBefore(today))
                .map(e -> new Offer(e, calendar.isOpen(e) && lists.find(e.id()).isPresent()))
                .toList();
    }

    @GetMapping("/inspection")
    @PermitAll
    String page(Model model) {
        model.addAttribute("offers", offers());
        model.addAttribute("kinds", ObjectionKind.values());
        return "roll/inspection";
    }

    @PostMapping("/inspection")
    @PermitAll
    String lookUp(@RequestParam UUID election, @RequestParam String name, @RequestParam String rrn, Model model,
                  HttpServletRequest request, Locale locale) {
        model.addAttribute("offers", offers());
        model.addAttribute("kinds", ObjectionKind.values());
        Election e = elections.find(new kr.tupyo.election.ElectionId(election)).orElse(null);
        if (e == null) {
            model.addAttribute("problem", text("roll.inspection.notFound", locale));
            return "roll/inspection";
        }
        model.addAttribute("chosen", e);
        try {
            var result = inspection.lookUp(e, name, RollQueries.rrn(rrn), request.getRemoteAddr());
            switch (result) {
                case Inspection.Result.Found f -> model.addAttribute("found", f);
                case Inspection.Result.NotFound n -> model.addAttribute("problem", text("roll.inspection.notFound", locale));
                case Inspection.Result.Closed c -> model.addAttribute("problem", closed(c, locale));
                case Inspection.Result.Throttled t -> model.addAttribute("problem",
                        text("error.ROLL_INSPECTION_RATE_LIMITED", locale));
            }
        } catch (ProblemException x) {
            model.addAttribute("problem", text("roll.inspection.notFound", locale));
        }
        return "roll/inspection";
    }

    @PostMapping("/inspection/objection")
    @PermitAll
    String object(@RequestParam UUID election, @RequestParam String name, @RequestParam String rrn,
                  @RequestParam ObjectionKind kind, @RequestParam String claim, Model model, HttpServletRequest request,
                  Locale locale) {
        model.addAttribute("offers", offers());
        model.addAttribute("kinds", ObjectionKind.values());
        Election e = elections.find(new kr.tupyo.election.ElectionId(election)).orElse(null);
        if (e == null || claim.isBlank()) {
            model.addAttribute("problem", text("roll.inspection.objectionIncomplete", locale));
            return "roll/inspection";
        }
        try {
            var number = RollQueries.rrn(rrn);
            Optional<String> refused = notLetThrough(inspection.lookUp(e, name, number, request.getRemoteAddr()), kind, locale);
            if (refused.isPresent()) {
                model.addAttribute("problem", refused.get());
                return "roll/inspection";
            }
            switch (desk.file(e, kind, number, claim, "citizen")) {
                case ObjectionDesk.Filing.Filed f -> model.addAttribute("notice", text("roll.inspection.objectionFiled", locale));
                case ObjectionDesk.Filing.NotCompiled n -> model.addAttribute("problem", text("error.ROLL_NOT_COMPILED", locale));
                case ObjectionDesk.Filing.Finalised f -> model.addAttribute("problem",
                        text("error.ROLL_ALREADY_FINALISED", locale));
                case ObjectionDesk.Filing.Finalising f -> model.addAttribute("problem", text("error.ROLL_FINALISING", locale));
                case ObjectionDesk.Filing.OutsideInspection o -> model.addAttribute("problem",
                        text("roll.objection.outsideInspection", locale));
                case ObjectionDesk.Filing.NotApplicable n -> model.addAttribute("problem",
                        ObjectionRefusals.atFiling(n.why(), messages, locale));
            }
        } catch (ProblemException x) {
            model.addAttribute("problem", text("roll.inspection.notFound", locale));
        }
        return "roll/inspection";
    }

    /**
     * The look-up an objection must pass first (rate limit, name and number), so that nobody objects in another's name
     * without knowing both: empty when it passes, else what to say. An omission too: when name and number match no
     * entry, it could never be accepted (not on the register) or it concerns an entry under another name, and what the
     * desk would answer for that number (already on the list, outside the area, or filed) would tell the caller about
     * someone they cannot name. So it gets one answer, whatever the register holds. Outside the inspection period it
     * says when the period is, as the look-up does (it tells nothing about anyone).
     */
    private Optional<String> notLetThrough(Inspection.Result looked, ObjectionKind kind, Locale locale) {
        return switch (looked) {
            case Inspection.Result.Found f -> Optional.empty();
            case Inspection.Result.Throttled t -> Optional.of(text("error.ROLL_INSPECTION_RATE_LIMITED", locale));
            case Inspection.Result.NotFound n -> Optional.of(text(kind == ObjectionKind.OMISSION
                    ? "roll.inspection.omissionNotFound" : "roll.inspection.notFound", locale));
            case Inspection.Result.Closed c -> Optional.of(closed(c, locale));
        };
    }

    /** When the inspection period runs: said to a look-up or an objection outside it. */
    private String closed(Inspection.Result.Closed period, Locale locale) {
        return messages.getMessage("roll.inspection.closed", new Object[] {period.opens(), period.closes()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicPaths inspectionPaths() {
            return PublicPaths.of("/inspection", "/inspection/**");
        }
    }
}
