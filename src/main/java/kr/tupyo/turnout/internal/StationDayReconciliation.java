package kr.tupyo.turnout.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The reconciliation of one station's early-voting day: the figures, the checks, and the issuance
 * records behind any check that fails (by issuance id and time; never a voter).
 */
public record StationDayReconciliation(String station, String stationName, LocalDate day, boolean closed,
                                       Figures figures, List<ContestFigures> contests,
                                       List<ReconciliationCheck> checks, List<RecordBehind> records) {

    /** Part of the JSON: a record's other methods are not serialized unless named. */
    @com.fasterxml.jackson.annotation.JsonProperty("balanced")
    public boolean balanced() {
        return checks.stream().allMatch(ReconciliationCheck::holds);
    }

    /** What the station recorded (and what turnout counted). */
    public record Figures(long identified, long identifiedEligible, long issued, long inDistrict, long outOfDistrict,
                          long envelopeLabels, long envelopeLabelsPrinted, long signed, long signaturesStored,
                          long spoiled, long countedForTurnout) {

        Figures plus(Figures o) {
            return new Figures(identified + o.identified, identifiedEligible + o.identifiedEligible, issued + o.issued,
                    inDistrict + o.inDistrict, outOfDistrict + o.outOfDistrict, envelopeLabels + o.envelopeLabels,
                    envelopeLabelsPrinted + o.envelopeLabelsPrinted, signed + o.signed,
                    signaturesStored + o.signaturesStored, spoiled + o.spoiled, countedForTurnout + o.countedForTurnout);
        }

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Ballots of one contest: issued to voters, printed, voided by spoils (printed − voided = issued). */
    public record ContestFigures(String contestId, String contestName, long issued, long printed, long voided) {
    }

    /** An issuance behind a failed check. */
    public record RecordBehind(String rule, String issuanceId, String issuedAt, String problem) {
    }
}
