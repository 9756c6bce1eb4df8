package kr.tupyo.earlyvoting;

import java.util.List;
import kr.tupyo.election.BallotEntry;

/**
 * Prints specimens (견본) of early voting's documents for the election experience room, with the same
 * drawing as the real ballots and return-envelope labels and a "견본 SPECIMEN" watermark. It takes
 * plain values, reads and writes nothing, and has no serial of a real ballot: the caller makes up its
 * own. The real printing stays in early voting's use cases.
 */
public interface SpecimenPrinting {

    /**
     * One ballot paper.
     *
     * @param serial the serial to print and bar-code, {@code D-NNNNNNNNNNNNN} (a day digit 1–9 and 13 digits)
     */
    record SpecimenBallot(String electionName, String title, String district, boolean partyList,
                          List<BallotEntry> entries, String serial) {

        public SpecimenBallot {
            entries = List.copyOf(entries);
        }
    }

    /** A return-envelope label: addressed to {@code commission} in {@code commissionArea}, from {@code stationName}. */
    record SpecimenLabel(String commission, String commissionArea, String envelopeCode, String electionName,
                         String stationName) {
    }

    /** The ballots as one PDF, one A5 page each, with the station's seal; watermarked when {@code specimen}. */
    byte[] ballots(String stationName, List<SpecimenBallot> ballots, boolean specimen);

    /** The 100 mm × 70 mm label; watermarked when {@code specimen}. */
    byte[] envelopeLabel(SpecimenLabel label, boolean specimen);
}
