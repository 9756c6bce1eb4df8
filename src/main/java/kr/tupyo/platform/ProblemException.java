package kr.tupyo.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by an API use case that must answer with an error: the code says which, the arguments fill
 * the localized message, the properties become extra members of the problem+json body.
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final transient Object[] messageArguments;
    private final transient Map<String, Object> properties;

    public ProblemException(ErrorCode code, Object... messageArguments) {
        this(code, Map.of(), messageArguments);
    }

    public ProblemException(ErrorCode code, Map<String, ?> properties, Object... messageArguments) {
        this(code, code.messageKey(), properties, messageArguments);
    }

    private ProblemException(ErrorCode code, String messageKey, Map<String, ?> properties, Object[] messageArguments) {
        super(code.name());
        this.code = code;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments;
        this.properties = new LinkedHashMap<>(properties);
    }

    /**
     * The code in the words of where it is met: the detail is the message under {@code messageKey} (with the same
     * arguments) instead of the code's own, which the catalogue documents. For one refusal met at two steps, each
     * telling its reader what to do (an objection refused when filed, or when an officer accepts it). Code, title and
     * properties are the code's as ever.
     */
    public static ProblemException saying(String messageKey, ErrorCode code, Map<String, ?> properties,
                                          Object... messageArguments) {
        return new ProblemException(code, messageKey, properties, messageArguments);
    }

    public ErrorCode code() {
        return code;
    }

    /** The key of the detail's message: the code's own unless {@link #saying} chose another. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
