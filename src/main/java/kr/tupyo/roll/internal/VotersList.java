package kr.tupyo.roll.internal;

import java.time.Instant;
import java.time.LocalDate;
import kr.tupyo.election.ElectionId;

/** The state of one election's voters list: counts, digest, who compiled and finalised it. */
public record VotersList(ElectionId election, RollStatus status, LocalDate referenceDate, Instant compiledAt,
                         String compiledBy, int compilations, long residents, long voters, String digest,
                         Instant finalisedAt, String finalisedBy) {

    public long excluded() {
        return residents - voters;
    }
}
