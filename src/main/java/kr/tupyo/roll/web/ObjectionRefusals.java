package kr.tupyo.roll.web;

import java.util.Locale;
import java.util.Map;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.RollError;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How an objection that cannot be accepted is refused: the stable reason ({@code why}: NOT_ON_REGISTER, ALREADY_ON_LIST,
 * NOT_ON_LIST, OUTSIDE_ELECTION_AREA) is the property {@code why} of 422 {@code ROLL_OBJECTION_NOT_APPLICABLE}, said in
 * the reader's language by {@code error.ROLL_OBJECTION_NOT_APPLICABLE.<why>}. Refused when an officer accepts it, the
 * words tell them to reject it with a reason; refused when filed, that nothing was filed and why.
 */
final class ObjectionRefusals {

    /** The words of a refusal at filing: the code's own are for the officer deciding. */
    static final String AT_FILING = RollError.ROLL_OBJECTION_NOT_APPLICABLE.messageKey() + ".atFiling";

    private ObjectionRefusals() {
    }

    static ProblemException whenAccepting(String why) {
        return new ProblemException(RollError.ROLL_OBJECTION_NOT_APPLICABLE, Map.of("why", why), reason(why));
    }

    static ProblemException whenFiling(String why) {
        return ProblemException.saying(AT_FILING, RollError.ROLL_OBJECTION_NOT_APPLICABLE, Map.of("why", why), reason(why));
    }

    /** A page's words for a refusal at filing. */
    static String atFiling(String why, MessageSource messages, Locale locale) {
        return messages.getMessage(AT_FILING, new Object[] {reason(why)}, AT_FILING, locale);
    }

    /** The reason in the reader's language, as a message argument. */
    static MessageSourceResolvable reason(String why) {
        return new DefaultMessageSourceResolvable(
                new String[] {RollError.ROLL_OBJECTION_NOT_APPLICABLE.messageKey() + "." + why}, why);
    }
}
