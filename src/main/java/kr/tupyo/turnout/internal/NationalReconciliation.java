package kr.tupyo.turnout.internal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The reconciliation of a whole election's early voting: every station day, the national totals and
 * the national checks (the station checks summed, plus: voters marked on the election-day lists =
 * issuances, once the lists are produced).
 */
public record NationalReconciliation(String electionId, String electionName, LocalDateTime producedAt,
                                     StationDayReconciliation.Figures totals,
                                     List<StationDayReconciliation.ContestFigures> contests,
                                     List<ReconciliationCheck> checks, int stationDays, int imbalancedStationDays,
                                     List<StationDayReconciliation> stations) {

    /** Part of the JSON: a record's other methods are not serialized unless named. */
    @com.fasterxml.jackson.annotation.JsonProperty("balanced")
    public boolean balanced() {
        return imbalancedStationDays == 0 && checks.stream().allMatch(ReconciliationCheck::holds);
    }
}
