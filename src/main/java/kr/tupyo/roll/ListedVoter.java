package kr.tupyo.roll;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;

/**
 * One voter of a finalised voters list, as the integrated voters list answers for identification.
 *
 * @param id            the entry's public identifier (unique across elections)
 * @param rrnMasked     {@code 900101-1******}; the number itself is never returned
 * @param emdCode       10-digit 읍면동 code of the address the voter is listed at (as on the reference date)
 * @param sggCode       5-digit 시군구 code
 * @param precinctId    the election-day precinct (투표구) id of the election module, null if the 읍면동 has none
 * @param precinctName  its name, e.g. {@code 청운효자동제1투}, null with it
 * @param voterNumber   선거인번호, unique within the precinct
 * @param contests      the contests the voter votes in, in ballot order (details through {@code ContestResolver})
 * @param status        {@link Status#ON_LIST}, or {@link Status#BLOCKED} when a correction version stops issuance
 * @param blockReason   why, when blocked; else null
 */
public record ListedVoter(VoterId id, ElectionId election, String name, LocalDate birthDate, String rrnMasked,
                          String emdCode, String sggCode, Long precinctId, String precinctName, int voterNumber,
                          List<ContestId> contests, Status status, BlockReason blockReason) {

    public enum Status {
        ON_LIST,
        BLOCKED
    }

    public ListedVoter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(election, "election");
        contests = List.copyOf(contests);
        if ((status == Status.BLOCKED) != (blockReason != null)) {
            throw new IllegalArgumentException("a blocked voter has a block reason, and only then");
        }
    }

    /** May be issued a ballot (still subject to early voting's own exactly-once check). */
    public boolean mayVote() {
        return status == Status.ON_LIST;
    }
}
