package kr.tupyo.turnout.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutError;

/**
 * The area whose stations a voter wants to compare: a 2-digit 시도 or a 5-digit 시군구 code. A station is
 * in the area when its 읍면동 code starts with it. Anything else is refused with 422
 * {@code TURNOUT_INVALID_AREA}; so is a well-formed code that names no 시도 or 시군구 ({@link StationLoad}).
 */
public record StationArea(String code) {

    private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{5}");

    public StationArea {
        if (code == null || !CODE.matcher(code).matches()) {
            throw invalid(String.valueOf(code));
        }
    }

    static ProblemException invalid(String code) {
        return new ProblemException(TurnoutError.TURNOUT_INVALID_AREA, Map.of("area", code), code);
    }

    /** The area of a request parameter, or none when the parameter is absent or blank. */
    public static Optional<StationArea> of(String parameter) {
        return parameter == null || parameter.isBlank() ? Optional.empty()
                : Optional.of(new StationArea(parameter.trim()));
    }

    boolean contains(String emdCode) {
        return emdCode != null && emdCode.startsWith(code);
    }

    public boolean isSido() {
        return code.length() == 2;
    }
}
