package kr.tupyo.earlyvoting.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The serial number (일련번호) printed on one ballot: the early-voting day (1 or 2) and a 13-digit
 * number, e.g. {@code 1-0471193820547}. Unique per contest and station.
 */
public record BallotSerial(int dayNumber, long number) {

    private static final Pattern FORMAT = Pattern.compile("([1-9])-(\\d{13})");

    public BallotSerial {
        if (dayNumber < 1 || dayNumber > 9 || number < 0 || number >= (1L << SerialPermutation.BITS)) {
            throw new IllegalArgumentException("not a ballot serial");
        }
    }

    public static Optional<BallotSerial> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(m.group(2));
        return number < (1L << SerialPermutation.BITS)
                ? Optional.of(new BallotSerial(Integer.parseInt(m.group(1)), number)) : Optional.empty();
    }

    @Override
    public String toString() {
        return dayNumber + "-" + String.format("%013d", number);
    }
}
