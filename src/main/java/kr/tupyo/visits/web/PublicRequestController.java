package kr.tupyo.visits.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.internal.FormTokens;
import kr.tupyo.visits.internal.PublicRequestDesk;
import kr.tupyo.visits.internal.VisitRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public visit-request form (no account). Anti-abuse: a hidden honeypot field, a signed
 * time-to-fill token, a per-address rate limit in the database, and CSRF protection from the
 * session. Whatever is typed is stored verbatim and only ever shown escaped.
 */
@Controller
class PublicRequestController {

    private final FormTokens tokens;
    private final PublicRequestDesk desk;
    private final PageMessages messages;

    PublicRequestController(FormTokens tokens, PublicRequestDesk desk, PageMessages messages) {
        this.tokens = tokens;
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/visits/request")
    @PermitAll
    String form(Model model) {
        return show(model, Map.of());
    }

    @PostMapping("/visits/request")
    @PermitAll
    String submit(@RequestParam Map<String, String> form, @RequestParam(required = false) List<Topic> topics,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        try {
            PublicRequestDesk.Verdict verdict = desk.submit(form.get("website"), form.get("formToken"),
                    request.getRemoteAddr(), () -> toRequest(form, topics));
            return switch (verdict) {
                case PublicRequestDesk.Verdict.Accepted a -> "visits/request-thanks";
                case PublicRequestDesk.Verdict.Trapped t -> "visits/request-thanks";
                case PublicRequestDesk.Verdict.Refused r -> {
                    response.setStatus(400);
                    model.addAttribute("problem", messages.text(locale, "visits.form.refused." + r.check().name()));
                    yield show(model, form);
                }
                case PublicRequestDesk.Verdict.RateLimited r -> {
                    response.setStatus(429);
                    model.addAttribute("problem", messages.text(locale, "error.VISIT_FORM_RATE_LIMITED"));
                    yield show(model, form);
                }
            };
        } catch (ProblemException e) {
            response.setStatus(400);
            model.addAttribute("problem", messages.problem(e, locale));
            return show(model, form);
        }
    }

    private String show(Model model, Map<String, String> values) {
        model.addAttribute("formToken", tokens.issue());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("partnerTypes", PartnerType.values());
        model.addAttribute("values", values);
        return "visits/request-form";
    }

    private static VisitRequest toRequest(Map<String, String> f, List<Topic> topics) {
        return new VisitRequest(f.get("organisation"), parse(PartnerType.class, f.get("partnerType")), f.get("country"),
                f.get("requesterName"), f.get("requesterEmail"), f.get("onBehalfOf"), f.get("purpose"),
                topics, date(f.get("preferredFrom"), "preferredDates"), date(f.get("preferredTo"), "preferredDates"),
                number(f.get("delegationSize")), VisitsPagesController.languagesOf(f.get("languages")),
                f.get("interpretationNeeds"), f.get("accessibilityNeeds"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(kr.tupyo.visits.VisitsError.VISIT_INVALID_REQUEST, Map.of("field", field), field);
        }
    }

    private static int number(String value) {
        return value != null && value.matches("\\d{1,4}") ? Integer.parseInt(value) : 0;
    }
}
