package kr.tupyo.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one line of RFC 4180 CSV: comma-separated, fields optionally in double quotes (with {@code ""}
 * for a quote inside), as in the division table's {@code "두류1,2동"}. Quoted line breaks are not
 * supported: the register's formats have none, and line numbers stay physical lines.
 */
final class CsvLine {

    private CsvLine() {
    }

    /** The fields, or empty when a quote is not closed or is followed by something other than a comma. */
    static Optional<List<String>> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return Optional.empty();
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    return Optional.empty();
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return Optional.of(fields);
            }
            i++; // the comma
        }
    }
}
