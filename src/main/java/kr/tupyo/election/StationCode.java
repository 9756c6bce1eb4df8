package kr.tupyo.election;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The stable code of an early-voting station: {@code EV-<읍면동 code>-<n>}, e.g.
 * {@code EV-1111051500-1} for the first station in 청운효자동. Staff accounts and station API tokens are
 * bound to it ({@code station_code} in identity), so it never changes once given. Unique within an
 * election; docs/decisions/042-station-codes.md says why.
 */
public record StationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("EV-(\\d{10})-([1-9]\\d{0,2})");

    public StationCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a station code looks like EV-1111051500-1: " + value);
        }
    }

    public static StationCode of(String emdCode, int sequence) {
        return new StationCode("EV-" + emdCode + "-" + sequence);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The 읍면동 the station stands in. */
    public String emdCode() {
        return value.substring(3, 13);
    }

    public int sequence() {
        return Integer.parseInt(value.substring(14));
    }

    /** How JSON reads it: a plain string. */
    @JsonCreator
    public static StationCode of(String text) {
        return new StationCode(text);
    }

    /** Written as its plain value in JSON. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
