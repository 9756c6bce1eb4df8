package kr.tupyo.earlyvoting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;

/**
 * Read API for reconciliation (turnout): what each station day recorded, as totals and as the
 * issuance records behind them. No voter identity and no ballot serial is ever returned.
 */
public interface IssuanceLedger {

    /** Every station day of the election that was opened, by station and day. */
    List<StationDayTotals> stationDays(ElectionId election);

    /** The issuances of one station day, in order of issuance (for listing the records behind an imbalance). */
    List<IssuanceRecord> records(ElectionId election, StationCode station, LocalDate day);

    /**
     * Which of these voter keys (the voters list's voter ids, as text) received ballots in early voting:
     * one index probe each on the issuance key, for marking a precinct's election-day list.
     */
    Set<String> issuedAmong(ElectionId election, Collection<String> voterKeys);

    /**
     * Totals of one station day.
     *
     * @param identified          identifications answered (any outcome)
     * @param identifiedEligible  identifications answered "eligible"
     * @param envelopeLabels      out-of-district issuances with a return-envelope code
     * @param envelopeLabelsPrinted of those, labels printed
     * @param signed              issuances recorded as signed
     * @param signaturesStored    signature images still held (purged 30 days after election day)
     * @param spoiled             spoil-and-reissue records
     * @param issuedPerContest    issuances that include the contest
     * @param printedPerContest   ballots printed for the contest (serial counter, reprints included)
     * @param voidedPerContest    serials voided by spoils
     * @param printsPerContest    Σ prints recorded on the issuances that include the contest
     */
    record StationDayTotals(StationCode station, LocalDate day, Instant openedAt, Instant closedAt, long identified,
                            long identifiedEligible, long issued, long inDistrict, long outOfDistrict,
                            long envelopeLabels, long envelopeLabelsPrinted, long signed, long signaturesStored,
                            long spoiled, Map<ContestId, Long> issuedPerContest, Map<ContestId, Long> printedPerContest,
                            Map<ContestId, Long> voidedPerContest, Map<ContestId, Long> printsPerContest) {
    }

    /** One issuance, as reconciliation needs it. */
    record IssuanceRecord(UUID issuanceId, Instant issuedAt, boolean inDistrict, boolean envelopeLabel,
                          boolean envelopePrinted, boolean signed, boolean signatureStored, int ballotsPrinted,
                          int spoils, List<ContestId> contests) {
    }
}
