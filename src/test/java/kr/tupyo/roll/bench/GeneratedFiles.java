package kr.tupyo.roll.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Brings the synthetic generator's files within the registry's documented rules before the benchmark
 * imports them (reported to the lead; the generator belongs to another engineer): a permanent residence
 * dated after the extract becomes the extract date, a registration before birth starts at birth, and
 * event columns the event type does not use are emptied. Counts what it changed.
 */
final class GeneratedFiles {

    private static final String[] EVENT_COLUMNS = {"name", "birth_date", "sex", "nationality", "emd_code", "address",
            "residence_type", "permanent_residence_since"};
    private static final Map<String, Set<String>> USED = Map.of(
            "MOVE", Set.of("emd_code", "address", "residence_type"),
            "DEATH", Set.of(),
            "NATURALISATION", Set.of("name"),
            "NATIONALITY_LOST", Set.of("nationality", "permanent_residence_since"),
            "NAME_CHANGE", Set.of("name"),
            "NEW_REGISTRATION", Set.of(EVENT_COLUMNS));

    private GeneratedFiles() {
    }

    static long fixExtract(Path file, LocalDate extractDate) throws IOException {
        return rewrite(file, true, cells -> {
            boolean changed = false;
            if (!cells[9].isEmpty() && LocalDate.parse(cells[9]).isAfter(extractDate)) {
                cells[9] = extractDate.toString();
                changed = true;
            }
            if (cells[7].compareTo(cells[2]) < 0) {
                cells[7] = cells[2];
                changed = true;
            }
            return changed;
        });
    }

    static long fixEvents(Path file) throws IOException {
        return rewrite(file, false, cells -> {
            Set<String> used = USED.getOrDefault(cells[2], Set.of(EVENT_COLUMNS));
            boolean changed = false;
            for (int i = 0; i < EVENT_COLUMNS.length; i++) {
                if (!used.contains(EVENT_COLUMNS[i]) && !cells[4 + i].isEmpty()) {
                    cells[4 + i] = "";
                    changed = true;
                }
            }
            return changed;
        });
    }

    private static String[] quoted(String line) {
        String[] cells = new String[10];
        int from = 0;
        for (int i = 0; i < 6; i++) {
            int comma = line.indexOf(',', from);
            cells[i] = line.substring(from, comma);
            from = comma + 1;
        }
        int to = line.length();
        for (int i = 9; i >= 7; i--) {
            int comma = line.lastIndexOf(',', to - 1);
            cells[i] = line.substring(comma + 1, to);
            to = comma;
        }
        cells[6] = line.substring(from, to);
        return cells;
    }

    private interface Fix {
        boolean apply(String[] cells);
    }

    /**
     * An extract line with a quoted field (an address with a comma) is split as the first six fields,
     * the address, and the last three; an event line with quotes is left as it is.
     */
    private static long rewrite(Path file, boolean extract, Fix fix) throws IOException {
        Path out = file.resolveSibling(file.getFileName() + ".fixed");
        long changed = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(in.readLine());
            w.write('\n');
            for (String line; (line = in.readLine()) != null; ) {
                String[] cells = line.indexOf('"') < 0 ? line.split(",", -1) : extract ? quoted(line) : null;
                if (cells != null && fix.apply(cells)) {
                    changed++;
                    line = String.join(",", cells);
                }
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(out, file, StandardCopyOption.REPLACE_EXISTING);
        return changed;
    }
}
