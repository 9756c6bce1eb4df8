package kr.tupyo.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of RFC 4180 CSV, the format of every file tupyo exchanges: comma-separated, fields
 * optionally in double quotes (with {@code ""} for a quote inside), as in the division table's
 * {@code "두류1,2동"}. Quoted line breaks are not supported: the formats have none, and line numbers
 * stay physical lines.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields, or empty when a quote is not closed or is followed by something other than a comma. */
    public static Optional<List<String>> split(String line) {
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

    /** Always quoted (for PostgreSQL {@code COPY ... CSV}); null becomes an empty, unquoted field. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** A whole line with its line feed; a field is quoted only when it holds a comma, a quote or a line break. */
    public static String line(String... fields) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields[i];
            line.append(f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 ? quote(f) : f);
        }
        return line.append('\n').toString();
    }
}
