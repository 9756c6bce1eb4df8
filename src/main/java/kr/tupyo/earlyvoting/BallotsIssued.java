package kr.tupyo.earlyvoting;

import java.util.List;

/**
 * Issuances committed together by one write of the issuance writer (decision 123), published inside its
 * transaction so that listeners' writes commit or roll back with them. Listeners count {@link #issued()} as
 * a whole (one statement per kind of counter, not one per issuance).
 */
public record BallotsIssued(List<BallotIssued> issued) {

    public BallotsIssued {
        issued = List.copyOf(issued);
    }
}
