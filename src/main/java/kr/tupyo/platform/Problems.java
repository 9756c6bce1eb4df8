package kr.tupyo.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details from the error catalogue, in the caller's language. The only place
 * that turns an {@link ErrorCode} into a response body.
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:tupyo:problem:";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ErrorCode code, Locale locale, Object... args) {
        return of(code, locale, Map.of(), args);
    }

    public ProblemDetail of(ErrorCode code, Locale locale, Map<String, ?> properties, Object... args) {
        return of(code, code.messageKey(), locale, properties, args);
    }

    /** What a {@link ProblemException} refuses, its detail in the words it chose ({@link ProblemException#messageKey()}). */
    public ProblemDetail of(ProblemException refusal, Locale locale) {
        return of(refusal.code(), refusal.messageKey(), locale, refusal.properties(), refusal.messageArguments());
    }

    private ProblemDetail of(ErrorCode code, String detailKey, Locale locale, Map<String, ?> properties, Object[] args) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_PREFIX + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage(code.messageKey() + ".title", null, code.status().getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, args, code.name(), locale));
        problem.setProperty("code", code.name());
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** The body as plain members, for writers outside Spring MVC (security filters). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
