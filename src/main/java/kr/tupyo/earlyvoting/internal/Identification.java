package kr.tupyo.earlyvoting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.tupyo.election.Contest;

/**
 * The answer to one identification at one station.
 *
 * @param voter      null when the person is not on the list
 * @param inDistrict null when the person is not on the list
 * @param contests   the contests the voter votes in, in ballot order (empty when not on the list)
 */
public record Identification(UUID id, IdentificationResult result, IdentifiedVoter voter, Boolean inDistrict,
                             List<Contest> contests, Instant identifiedAt) {

    /** Who the list says this is; shown to the operator to compare with the ID card. */
    public record IdentifiedVoter(String rrnMasked, String name, LocalDate birthDate, String emdCode,
                                  String homeDistrict, String precinct, Integer voterNumber) {
    }
}
