package kr.tupyo.synthetic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Resident registration numbers that are unique, valid for their birth date and sex, and carry a
 * check digit — except for people born since October 2020, whose numbers (as in reality) end in a
 * random digit. Uniqueness comes from a counter per (birth date, 7th digit), scrambled so that
 * consecutive residents do not get consecutive numbers.
 */
final class RrnFactory {

    private static final LocalDate RANDOM_SUFFIX_SINCE = LocalDate.of(2020, 10, 1);
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private final Map<Integer, Integer> issued = new HashMap<>();

    String next(LocalDate birthDate, boolean male, boolean foreigner, SplittableRandom random) {
        int century = birthDate.getYear() / 100;
        int seventh = switch (century) {
            case 18 -> male ? 9 : 0;
            case 19 -> foreigner ? (male ? 5 : 6) : (male ? 1 : 2);
            case 20 -> foreigner ? (male ? 7 : 8) : (male ? 3 : 4);
            default -> throw new IllegalArgumentException("no RRN for birth year " + birthDate.getYear());
        };
        int yymmdd = (birthDate.getYear() % 100) * 10000 + birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
        int key = yymmdd * 10 + seventh;
        int count = issued.merge(key, 1, Integer::sum) - 1;
        if (count >= 100_000) {
            throw new IllegalStateException("more than 100,000 numbers for one birth date and sex");
        }
        // count → serial is a bijection for each key (7919 is prime to 100,000); the offset varies by key.
        long offset = (key * 2_654_435_761L) % 100_000L;
        int serial = (int) ((count * 7919L + offset) % 100_000L);
        String first12 = String.format("%06d%d%05d", yymmdd, seventh, serial);
        int last = birthDate.isBefore(RANDOM_SUFFIX_SINCE) ? checkDigit(first12) : random.nextInt(10);
        return first12.substring(0, 6) + "-" + first12.substring(6) + last;
    }

    static int checkDigit(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }
}
