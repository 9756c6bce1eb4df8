package kr.tupyo.election.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kr.tupyo.platform.CsvLine;

/**
 * Reads a precinct file (docs/formats/precincts.md) once, as a stream: checks every line, hands each
 * valid row to a sink while the file is still free of errors, and computes the SHA-256 digest of the
 * bytes on the way. Errors are collected, not thrown, so the report lists all of them.
 */
final class PrecinctFile {

    static final List<String> HEADER = List.of("sido_name", "sgg_name", "sgg_code", "emd_name", "emd_code",
            "precinct_name", "electors", "election_day_voters");
    /** A report lists this many errors at most (and counts the rest), so a wrong file cannot exhaust memory. */
    static final int MAX_LISTED_ERRORS = 1000;

    private static final Pattern SGG = Pattern.compile("\\d{5}");
    private static final Pattern EMD = Pattern.compile("\\d{10}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    record Summary(String digest, int rows, int emdCount, List<LineError> errors, long errorCount) {
        boolean valid() {
            return errorCount == 0;
        }
    }

    private final List<LineError> errors = new ArrayList<>();
    private long errorCount;
    private final Map<String, Long> precinctLines = new HashMap<>();
    private final Map<String, String> emdIdentity = new HashMap<>();
    private final Map<String, String> sggIdentity = new HashMap<>();
    private final Set<String> emds = new HashSet<>();
    private final Predicate<String> knownEmd;
    /** Where each column of {@link #HEADER} is in the file. */
    private final int[] position = new int[HEADER.size()];
    private int rows;

    private PrecinctFile(Predicate<String> knownEmd) {
        this.knownEmd = knownEmd;
    }

    /**
     * @param knownEmd whether a 읍면동 code exists in the division table (always true when none is loaded)
     * @param sink     receives valid rows (with their line) until the first error
     */
    static Summary read(InputStream input, Predicate<String> knownEmd, Consumer<NumberedRow> sink) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        PrecinctFile file = new PrecinctFile(knownEmd);
        try (InputStream in = new BufferedInputStream(new DigestInputStream(input, sha256), 1 << 16)) {
            file.readLines(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(HexFormat.of().formatHex(sha256.digest()), file.rows, file.emds.size(),
                List.copyOf(file.errors), file.errorCount);
    }

    record NumberedRow(long line, PrecinctRow row) {
    }

    private void readLines(InputStream in, Consumer<NumberedRow> sink) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        long number = 0;
        boolean headerOk = false;
        boolean any = false;
        int b;
        while (true) {
            b = in.read();
            if (b != '\n' && b != -1) {
                buffer.write(b);
                continue;
            }
            if (b == -1 && buffer.size() == 0) {
                break;
            }
            any = true;
            number++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                error(number, null, "the line is not valid UTF-8 text");
                line = null;
            }
            buffer.reset();
            if (line != null) {
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (number == 1) {
                    headerOk = header(line.startsWith("\uFEFF") ? line.substring(1) : line);
                } else if (headerOk) {
                    row(number, line, sink);
                }
            }
            if (b == -1) {
                break;
            }
        }
        if (!any) {
            error(0, null, "the file is empty");
        } else if (headerOk && rows == 0 && errorCount == 0) {
            error(1, null, "the file has a header but no precincts");
        }
    }

    /** Columns may come in any order; each of {@link #HEADER} exactly once, and no other. */
    private boolean header(String line) {
        List<String> names = CsvLine.split(line).orElse(null);
        List<String> given = names == null ? List.of() : names.stream().map(String::strip).toList();
        HEADER.stream().filter(h -> !given.contains(h)).forEach(h -> error(1, h, "missing column"));
        given.stream().filter(h -> !HEADER.contains(h)).forEach(h -> error(1, h, "unknown column"));
        given.stream().filter(h -> given.indexOf(h) != given.lastIndexOf(h)).distinct()
                .forEach(h -> error(1, h, "column given twice"));
        if (errorCount > 0) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            position[i] = given.indexOf(HEADER.get(i));
        }
        return true;
    }

    private void row(long line, String text, Consumer<NumberedRow> sink) {
        if (text.isBlank()) {
            error(line, null, "empty line");
            return;
        }
        List<String> given = CsvLine.split(text).orElse(null);
        if (given == null) {
            error(line, null, "a quoted field is not closed");
            return;
        }
        if (given.size() != HEADER.size()) {
            error(line, null, "expected " + HEADER.size() + " fields, found " + given.size());
            return;
        }
        List<String> f = java.util.Arrays.stream(position).mapToObj(given::get).toList();
        long before = errorCount;
        for (int i : new int[] {0, 1, 3, 5}) {
            if (f.get(i).isBlank()) {
                error(line, HEADER.get(i), "must not be empty");
            }
        }
        String sgg = f.get(2);
        String emd = f.get(4);
        if (!SGG.matcher(sgg).matches()) {
            error(line, "sgg_code", "must be 5 digits: " + sgg);
        }
        if (!EMD.matcher(emd).matches()) {
            error(line, "emd_code", "must be 10 digits: " + emd);
        } else if (!emd.startsWith(sgg)) {
            error(line, "emd_code", "does not lie in sgg_code " + sgg + ": " + emd);
        } else if (!knownEmd.test(emd)) {
            error(line, "emd_code", "unknown 읍면동 code (not in the division table): " + emd);
        }
        Integer electors = count(line, "electors", f.get(6));
        Integer voters = count(line, "election_day_voters", f.get(7));
        if (electors != null && voters != null && voters > electors) {
            error(line, "election_day_voters", "more voters (" + voters + ") than electors (" + electors + ")");
        }
        consistent(line, emdIdentity, emd, "emd_name", f.get(0) + "|" + f.get(2) + "|" + f.get(3),
                "읍면동 " + emd + " has a different name or 시군구 on line ");
        consistent(line, sggIdentity, sgg, "sgg_name", f.get(0) + "|" + f.get(1),
                "시군구 " + sgg + " has a different name or 시도 on line ");
        Long first = precinctLines.putIfAbsent(emd + "|" + f.get(5), line);
        if (first != null) {
            error(line, "precinct_name", "duplicate precinct in 읍면동 " + emd + ", first on line " + first);
        }
        if (errorCount > before) {
            return;
        }
        rows++;
        emds.add(emd);
        if (errorCount == 0) {
            sink.accept(new NumberedRow(line, new PrecinctRow(f.get(0).strip(), f.get(1).strip(), sgg, f.get(3).strip(),
                    emd, f.get(5).strip(), electors, voters)));
        }
    }

    private void consistent(long line, Map<String, String> seen, String key, String column, String identity,
                            String message) {
        String earlier = seen.putIfAbsent(key, identity + "|" + line);
        if (earlier != null && !earlier.startsWith(identity + "|")) {
            error(line, column, message + earlier.substring(earlier.lastIndexOf('|') + 1));
        }
    }

    private Integer count(long line, String column, String value) {
        if (!COUNT.matcher(value).matches()) {
            error(line, column, "must be a whole number of 0 or more: " + value);
            return null;
        }
        return Integer.valueOf(value);
    }

    private void error(long line, String column, String message) {
        errorCount++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(new LineError(line, column, message));
        }
    }
}
