package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import kr.tupyo.election.StationCode;

/** What an issuance request ended in. */
public sealed interface IssuanceOutcome {

    record Issued(Issuance issuance) implements IssuanceOutcome {
    }

    /** The voter has ballots already (from this request's first attempt, or another station). */
    record AlreadyIssued(StationCode station, String stationName, Instant issuedAt) implements IssuanceOutcome {
    }
}
