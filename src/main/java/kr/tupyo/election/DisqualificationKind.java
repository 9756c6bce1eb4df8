package kr.tupyo.election;

/** Why a court or statute takes the vote away for a time (선거권 없는 사람, 공직선거법 제18조). */
public enum DisqualificationKind {
    /** A sentence of imprisonment not yet completed. */
    PRISON_SENTENCE,
    /** An election-law fine of 1,000,000 won or more: 5 years. */
    ELECTION_FINE,
    /** Prison or a suspended sentence for an election offence: 10 years. */
    ELECTION_PRISON,
    /** Any other statutory loss of the vote. */
    OTHER_STATUTORY
}
