package kr.tupyo.earlyvoting.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's spoil-and-reissue form on the console: the same use case as
 * {@code POST /api/v1/early-voting/issuances/{id}/spoil}, with the session instead of a token. The
 * serials typed in are passed on and never echoed back; the next page offers the reissued ballots once.
 */
@Controller
class StationConsoleSpoils {

    private final IssuanceApiController issuances;
    private final MessageSource messages;

    StationConsoleSpoils(IssuanceApiController issuances, MessageSource messages) {
        this.issuances = issuances;
        this.messages = messages;
    }

    @PostMapping("/early-voting/station/spoils")
    @RolesAllowed("STATION_SUPERVISOR")
    String spoil(@RequestParam(required = false) UUID election, @RequestParam UUID issuanceId,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String serials,
                 RedirectAttributes flash, Locale locale) {
        List<String> spoiled = serials == null ? List.of()
                : Arrays.stream(serials.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        try {
            issuances.spoil(issuanceId, new IssuanceApiController.SpoilBody(reason, spoiled));
            flash.addFlashAttribute("notice", messages.getMessage("earlyvoting.spoil.done",
                    new Object[] {issuanceId.toString().substring(0, 8)}, locale));
            flash.addFlashAttribute("reissued", issuanceId);
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(),
                    e.code().name(), locale));
            flash.addFlashAttribute("spoilReason", reason);
        }
        return "redirect:/early-voting/station" + (election == null ? "" : "?election=" + election) + "#ev-spoil";
    }
}
