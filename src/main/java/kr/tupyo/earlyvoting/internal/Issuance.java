package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;

/**
 * The record that a voter received ballots: at most one per voter and election (the table's key).
 *
 * @param ballotsPrintable true until the ballots are fetched; a spoil-and-reissue makes it true again
 * @param envelopeCode     the return-envelope label's code, out-of-district only
 */
public record Issuance(UUID id, ElectionId election, UUID identificationId, StationCode station, LocalDate day,
                       Instant issuedAt, String voterEmdCode, boolean inDistrict, List<ContestId> contests,
                       boolean ballotsPrintable, int ballotsPrinted, String envelopeCode, boolean envelopePrinted) {
}
