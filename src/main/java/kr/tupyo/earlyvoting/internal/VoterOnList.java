package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kr.tupyo.election.ContestId;

/**
 * A person as the integrated voters list has them.
 *
 * @param voterId   the list's stable voter id: the key of the exactly-once rule
 * @param rrnMasked e.g. {@code 900101-1******}
 * @param emdCode   읍면동 of the registered address (decides contests and in-district)
 * @param contests  the contests the voter votes in, in ballot order
 */
public record VoterOnList(String voterId, String name, LocalDate birthDate, String rrnMasked, String emdCode,
                          String sggName, String emdName, String precinct, Integer voterNumber,
                          List<ContestId> contests, Listing listing) {

    public VoterOnList {
        Objects.requireNonNull(voterId, "voterId");
        Objects.requireNonNull(emdCode, "emdCode");
        contests = List.copyOf(contests);
        Objects.requireNonNull(listing, "listing");
    }

    /** On the list and entitled to vote, or blocked since finalisation. */
    public sealed interface Listing {
        record OnList() implements Listing {
        }

        /** @param reason e.g. DECEASED, DISQUALIFIED */
        record Blocked(String reason) implements Listing {
        }
    }
}
