package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A station's early-voting day in figures, printed at close. {@code checks} are the balances the
 * totals must satisfy; {@code balanced} is true when all hold.
 *
 * @param identified  identifications per status
 * @param issued      voters who received ballots
 * @param ballots     per contest: printed, spoiled (void) and issued (printed − spoiled)
 * @param spoils      spoil-and-reissue approvals
 * @param signatures  issuances with a signature
 */
public record DayReport(String election, String station, String stationName, LocalDate day, Instant openedAt,
                        Instant closedAt, Map<String, Long> identified, long identifiedTotal, long issued,
                        long inDistrict, long outOfDistrict, long envelopeLabels, List<ContestBallots> ballots,
                        long spoils, long spoiledBallots, long signatures, List<Check> checks, boolean balanced) {

    public record ContestBallots(UUID contestId, String title, long printed, long spoiled, long issued,
                                 long votersHolding) {
    }

    /** One balance: {@code left} must equal (or, for {@code atMost}, not exceed) {@code right}. */
    public record Check(String name, long left, long right, boolean holds) {
    }
}
