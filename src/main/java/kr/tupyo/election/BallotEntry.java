package kr.tupyo.election;

/**
 * One line of a ballot paper in ballot order (기호).
 *
 * @param party         party name; null for an independent candidate (무소속) or a superintendent candidate
 * @param candidateName the candidate; null on a party-list ballot
 */
public record BallotEntry(int number, String party, String candidateName) {

    public BallotEntry {
        if (number < 1) {
            throw new IllegalArgumentException("ballot numbers start at 1");
        }
    }
}
