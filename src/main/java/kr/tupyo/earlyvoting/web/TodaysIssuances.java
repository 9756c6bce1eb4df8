package kr.tupyo.earlyvoting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import kr.tupyo.platform.KoreaTime;
import org.springframework.stereotype.Component;

/**
 * The station's issuances of one day as the supervisor's console lists them: time, a short form of
 * the issuance id, the number of ballots and what was printed and spoiled. No voter, and no serial
 * (docs/decisions/120-ballot-secrecy.md): the ledger has neither.
 */
@Component
class TodaysIssuances {

    /**
     * @param reprintable the ballots were spoiled and the reissued set has not been fetched yet
     */
    record Row(UUID issuanceId, String shortId, LocalTime issuedAt, boolean inDistrict, int ballots, int printed,
               int spoils, boolean reprintable) {

        /** Only a printed set can be spoiled (and only once per print). */
        public boolean spoilable() {
            return printed > spoils;
        }
    }

    private final IssuanceLedger ledger;

    TodaysIssuances(IssuanceLedger ledger) {
        this.ledger = ledger;
    }

    List<Row> of(ElectionId election, String station, LocalDate day) {
        return ledger.records(election, new StationCode(station), day).stream()
                .map(r -> new Row(r.issuanceId(), r.issuanceId().toString().substring(0, 8),
                        LocalTime.ofInstant(r.issuedAt(), KoreaTime.ZONE).withNano(0), r.inDistrict(), r.contests().size(),
                        r.ballotsPrinted(), r.spoils(), r.spoils() > 0 && r.ballotsPrinted() <= r.spoils()))
                .toList()
                .reversed();
    }
}
