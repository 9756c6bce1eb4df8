package kr.tupyo.visits.web;

import java.util.Locale;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action and leaves its outcome for the next page (flash attributes, kept in the JDBC
 * session): a notice when it worked, the catalogue's message when it was refused.
 */
@Component
class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String run(String redirect, RedirectAttributes flash, Locale locale, String noticeKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", text(locale, noticeKey));
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", problem(e, locale));
        }
        return "redirect:" + redirect;
    }

    String problem(ProblemException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.messageArguments(), e.code().name(), locale);
    }
}
