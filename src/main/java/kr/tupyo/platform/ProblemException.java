package kr.tupyo.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by an API use case that must answer with an error: the code says which, the arguments fill
 * the localized message, the properties become extra members of the problem+json body.
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] messageArguments;
    private final transient Map<String, Object> properties;

    public ProblemException(ErrorCode code, Object... messageArguments) {
        this(code, Map.of(), messageArguments);
    }

    public ProblemException(ErrorCode code, Map<String, ?> properties, Object... messageArguments) {
        super(code.name());
        this.code = code;
        this.messageArguments = messageArguments;
        this.properties = new LinkedHashMap<>(properties);
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] messageArguments() {
        return messageArguments;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
