package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import kr.tupyo.election.StationCode;

/** What the station is told about the person in front of it. */
public sealed interface IdentificationResult {

    /** On the list, entitled, and no ballots issued yet. */
    record Eligible() implements IdentificationResult {
    }

    /** Ballots were issued already: where and when. */
    record AlreadyIssued(StationCode station, String stationName, Instant issuedAt) implements IdentificationResult {
    }

    record NotOnList() implements IdentificationResult {
    }

    /** Listed, but not entitled since finalisation (deceased, disqualified, ...). */
    record Blocked(String reason) implements IdentificationResult {
    }

    default String status() {
        return switch (this) {
            case Eligible e -> "ELIGIBLE";
            case AlreadyIssued a -> "ALREADY_ISSUED";
            case NotOnList n -> "NOT_ON_LIST";
            case Blocked b -> "BLOCKED";
        };
    }
}
