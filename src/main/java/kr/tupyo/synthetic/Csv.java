package kr.tupyo.synthetic;

/** RFC 4180 lines: a field is quoted only when it holds a comma, a quote or a line break. */
final class Csv {

    private Csv() {
    }

    static String line(String... fields) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.append('\n').toString();
    }
}
