package kr.tupyo.roll.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rows one compiling statement returns as it inserts them ({@link CompileSql#insertInto}), turned into
 * the digest's lines of its range and into tallies. They come in the window's order, 읍면동 by 읍면동, so a
 * voter's V line is written at once (the voters of a 읍면동 come by precinct and number, the canonical order);
 * the X lines of a 읍면동 wait until it ends and are then sorted as docs/formats/voters-list-digest.md orders
 * them. The lines are the bytes {@link ListDigest} has the database write. Nothing here trusts the order: each
 * 읍면동 must come after the one before it and each voter after the one before; at the first row out of order
 * the range stops writing lines and {@link #inOrder()} says false (the job then digests the stored list).
 */
final class CompiledRange {

    static final int EMD = 0, PRECINCT = 1, SEQ = 2, NUMBER = 3, EXCLUSION = 4, RRN_MASKED = 5, NAME = 6, BIRTH = 7,
            SEX = 8, RESIDENCE = 9, CONSTITUENCY = 10, ADDRESS = 11, FIELDS = 12;
    /** PostgreSQL's binary dates count days from 2000-01-01. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final byte[] NO_NAME = new byte[0];

    private record Excluded(byte[] reason, byte[] rrnMasked, byte[] name, int birth, byte[] sex, byte[] residenceType,
                            byte[] address) {
    }

    /** The order of X lines within a 읍면동: reason, masked number, name, birth date, sex, residence type, address (bytes). */
    private static final Comparator<Excluded> CANONICAL = Comparator.comparing(Excluded::reason, Arrays::compareUnsigned)
            .thenComparing(Excluded::rrnMasked, Arrays::compareUnsigned)
            .thenComparing(Excluded::name, Arrays::compareUnsigned)
            .thenComparingInt(Excluded::birth)
            .thenComparing(Excluded::sex, Arrays::compareUnsigned)
            .thenComparing(Excluded::residenceType, Arrays::compareUnsigned)
            .thenComparing(Excluded::address, Arrays::compareUnsigned);

    private final ListDigest.LineSink voters;
    private final ListDigest.LineSink excluded;
    private final Map<Long, byte[]> precinctNames;
    private final CompileTallies tallies;
    private final LineBuffer line = new LineBuffer();
    private static final int FIRST_KEPT_DAY = -40_000;
    private final byte[][] dates = new byte[60_000][];
    private final Words words = new Words();
    private final List<Excluded> waiting = new ArrayList<>();
    private byte[] emd;
    private String emdText;
    private int seq;
    private int number;
    private boolean inOrder = true;

    /**
     * @param precinctNames each precinct's name, escaped for the form (a precinct not in it has an empty name, as
     *                      the stored list's digest gives it)
     */
    CompiledRange(ListDigest.LineSink voters, ListDigest.LineSink excluded, Map<Long, byte[]> precinctNames,
                  CompileTallies tallies) {
        this.voters = voters;
        this.excluded = excluded;
        this.precinctNames = precinctNames;
        this.tallies = tallies;
    }

    CompileTallies tallies() {
        return tallies;
    }

    boolean inOrder() {
        return inOrder;
    }

    void add(BinaryCopyRows row) {
        if (emd == null || !Arrays.equals(row.buffer(), row.offset(EMD), row.offset(EMD) + row.trimmedLength(EMD), emd, 0, emd.length)) {
            startEmd(row.copyTrimmed(EMD));
        }
        boolean voter = row.isNull(EXCLUSION);
        String exclusion = voter ? null : words.of(row, EXCLUSION);
        Long precinct = row.isNull(PRECINCT) ? null : row.int8(PRECINCT);
        int birth = row.int4(BIRTH);
        tallies.count(precinct, row.bool(CONSTITUENCY), exclusion, words.of(row, SEX), birth + PG_EPOCH_DAY,
                words.of(row, RESIDENCE));
        if (!inOrder) {
            return;
        }
        if (!voter) {
            waiting.add(new Excluded(row.copy(EXCLUSION), row.copy(RRN_MASKED), row.copy(NAME), birth, row.copyTrimmed(SEX),
                    row.copy(RESIDENCE), row.copy(ADDRESS)));
            return;
        }
        int s = row.int4(SEQ);
        int n = row.int4(NUMBER);
        if (s < seq || s == seq && n <= number) {
            inOrder = false;
            return;
        }
        seq = s;
        number = n;
        byte[] buffer = row.buffer();
        line.clear().put((byte) 'V').put((byte) '|').put(emd).put((byte) '|').put(s).put((byte) '|')
                .put(precinct == null ? NO_NAME : precinctNames.getOrDefault(precinct, NO_NAME)).put((byte) '|')
                .put(n).put((byte) '|')
                .put(buffer, row.offset(RRN_MASKED), row.length(RRN_MASKED)).put((byte) '|')
                .putEscaped(buffer, row.offset(NAME), row.length(NAME)).put((byte) '|')
                .put(date(birth)).put((byte) '|')
                .put(buffer, row.offset(SEX), row.trimmedLength(SEX)).put((byte) '|')
                .put(buffer, row.offset(RESIDENCE), row.length(RESIDENCE)).put((byte) '|')
                .put((byte) (row.bool(CONSTITUENCY) ? '1' : '0')).put((byte) '|')
                .putEscaped(buffer, row.offset(ADDRESS), row.length(ADDRESS)).put((byte) '|'); // remarks: none yet
        voters.line(line.bytes(), line.length());
    }

    /** After the last row. */
    void finish() {
        endEmd();
    }

    private void startEmd(byte[] next) {
        // Codes of digits only and of one length: their byte order is their order in any collation.
        if (emd != null) {
            endEmd();
        }
        if (emd != null && (next.length != emd.length || Arrays.compareUnsigned(next, emd) <= 0) || !digits(next)) {
            inOrder = false;
        }
        emd = next;
        emdText = new String(next, StandardCharsets.US_ASCII);
        seq = -1;
        number = -1;
    }

    private void endEmd() {
        if (emd == null) {
            return;
        }
        tallies.endOf(emdText);
        if (inOrder) {
            waiting.sort(CANONICAL);
            for (Excluded x : waiting) {
                line.clear().put((byte) 'X').put((byte) '|').put(x.reason()).put((byte) '|').put(emd).put((byte) '|')
                        .put(x.rrnMasked()).put((byte) '|').putEscaped(x.name()).put((byte) '|').put(date(x.birth()))
                        .put((byte) '|').put(x.sex()).put((byte) '|').put(x.residenceType()).put((byte) '|')
                        .putEscaped(x.address());
                excluded.line(line.bytes(), line.length());
            }
        }
        waiting.clear();
    }

    private static boolean digits(byte[] code) {
        for (byte b : code) {
            if (b < '0' || b > '9') {
                return false;
            }
        }
        return code.length > 0;
    }

    /** A date as PostgreSQL writes it (ISO), from its binary form; kept by day for 1890–2054 (a map of boxed days cost more than the rest of a row). */
    private byte[] date(int pgDays) {
        int i = pgDays - FIRST_KEPT_DAY;
        if (i < 0 || i >= dates.length) {
            return iso(pgDays);
        }
        byte[] text = dates[i];
        return text != null ? text : (dates[i] = iso(pgDays));
    }

    private static byte[] iso(int pgDays) {
        return LocalDate.ofEpochDay(pgDays + PG_EPOCH_DAY).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The few distinct values of a short column (sex, reason, residence type) as one String each. */
    private static final class Words {
        private final List<byte[]> bytes = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();

        String of(BinaryCopyRows row, int field) {
            int from = row.offset(field);
            int to = from + row.trimmedLength(field);
            for (int i = 0; i < bytes.size(); i++) {
                byte[] b = bytes.get(i);
                if (Arrays.equals(row.buffer(), from, to, b, 0, b.length)) {
                    return strings.get(i);
                }
            }
            byte[] b = Arrays.copyOfRange(row.buffer(), from, to);
            bytes.add(b);
            strings.add(new String(b, StandardCharsets.UTF_8));
            return strings.getLast();
        }
    }
}
