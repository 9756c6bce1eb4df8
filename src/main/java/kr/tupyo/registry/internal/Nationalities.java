package kr.tupyo.registry.internal;

import java.util.Locale;
import java.util.Set;

/** Nationality codes: {@code KR} or any ISO 3166-1 alpha-2 code the JDK knows. */
final class Nationalities {

    static final String KOREA = "KR";
    private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Nationalities() {
    }

    static boolean valid(String code) {
        return code != null && ISO.contains(code);
    }

    /** Reads and checks the column; null (with an error on the row) when invalid. */
    static String read(CsvRow row, String column, boolean required) {
        String value = required ? row.required(column) : row.optional(column);
        if (value != null && !valid(value)) {
            row.error(column, "INVALID_NATIONALITY", value.length() > 10 ? value.substring(0, 10) : value);
            return null;
        }
        return value;
    }
}
