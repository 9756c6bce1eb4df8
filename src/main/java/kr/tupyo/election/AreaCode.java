package kr.tupyo.election;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An administrative division code as districts use it: 시도 (2 digits), 시군구 (5) or 읍면동 (10).
 * Codes nest by prefix (a 읍면동 code starts with its 시군구 code, which starts with its 시도 code),
 * so "this 읍면동 lies in that area" is a prefix test.
 */
public record AreaCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}|\\d{5}|\\d{10}");
    private static final Pattern EMD = Pattern.compile("\\d{10}");

    public AreaCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an area code has 2, 5 or 10 digits: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static boolean isEmdCode(String value) {
        return value != null && EMD.matcher(value).matches();
    }

    /** The 시군구 of a 10-digit 읍면동 code. */
    public static String sggOf(String emdCode) {
        return emdCode.substring(0, 5);
    }

    public boolean contains(String emdCode) {
        return emdCode.startsWith(value);
    }

    /** True when one area lies within the other (or they are the same). */
    public boolean overlaps(AreaCode other) {
        return value.startsWith(other.value) || other.value.startsWith(value);
    }

    /** How JSON reads it: a plain string. */
    @JsonCreator
    public static AreaCode of(String text) {
        return new AreaCode(text);
    }

    /** Written as its plain value in JSON. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
