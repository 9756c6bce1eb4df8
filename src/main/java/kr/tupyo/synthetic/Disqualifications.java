package kr.tupyo.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kr.tupyo.platform.CsvLine;

/** Disqualification notices as courts and prosecutors send them, with durations the law gives each kind. */
final class Disqualifications {

    private Disqualifications() {
    }

    static String line(SplittableRandom random, String rrn, LocalDate extractDate) {
        double pick = random.nextDouble();
        LocalDate from = extractDate.minusDays(random.nextLong(4 * 365));
        String kind;
        LocalDate until;
        if (pick < 0.6) {
            kind = "PRISON_SENTENCE";
            until = from.plusDays(random.nextLong(180, 5 * 365));
        } else if (pick < 0.8) {
            kind = "ELECTION_FINE";
            until = from.plusYears(5);
        } else if (pick < 0.9) {
            kind = "ELECTION_PRISON";
            until = from.plusYears(10);
        } else {
            kind = "OTHER_STATUTORY";
            until = from.plusDays(random.nextLong(365, 10 * 365));
        }
        String reference = (from.getYear()) + "고단" + (1000 + random.nextInt(9000));
        return CsvLine.line(rrn, kind, from.toString(), until.toString(), reference);
    }
}
