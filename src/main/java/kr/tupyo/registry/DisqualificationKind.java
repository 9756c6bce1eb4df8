package kr.tupyo.registry;

/** Why a court or prosecutor notified a loss of the right to vote (공직선거법 제18조). */
public enum DisqualificationKind {
    /** A sentence of imprisonment not yet completed. */
    PRISON_SENTENCE,
    /** An election-law fine of 1,000,000 won or more: 5 years. */
    ELECTION_FINE,
    /** Prison or a suspended sentence for an election offence: 10 years. */
    ELECTION_PRISON,
    /** Any other statutory ground. */
    OTHER_STATUTORY
}
