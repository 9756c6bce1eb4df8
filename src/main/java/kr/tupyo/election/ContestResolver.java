package kr.tupyo.election;

/**
 * Which contests a voter votes in. Contests depend only on the 읍면동 and the constituency flag, so
 * the voters list can resolve each of the 3,500 읍면동 once rather than each voter.
 */
public interface ContestResolver {

    /**
     * @param constituencyVote false for a voter without the constituency vote
     *                         ({@link Eligibility.EligibleWithoutConstituency}: an overseas-registered national
     *                         short of 3 months, or a foreign resident in a by-election with local contests)
     */
    VoterContests resolve(ElectionId election, String emdCode, boolean constituencyVote);

    /** The same for many 읍면동 at once, reading the election's contests once. Keyed by 읍면동 code. */
    java.util.Map<String, VoterContests> resolveEach(ElectionId election, java.util.Collection<String> emdCodes,
                                                     boolean constituencyVote);

    default VoterContests resolve(ElectionId election, String emdCode, Eligibility eligibility) {
        return resolve(election, emdCode, eligibility instanceof Eligibility.Eligible);
    }
}
