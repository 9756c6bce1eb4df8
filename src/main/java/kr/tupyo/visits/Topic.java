package kr.tupyo.visits;

/** What a delegation wants to learn about. Tailoring chooses demonstrations and the official by these. */
public enum Topic {
    VOTERS_LIST,
    EARLY_VOTING,
    COUNTING,
    OVERSEAS_VOTING,
    VOTER_EDUCATION,
    ICT_SECURITY,
    POLITICAL_FINANCE,
    ELECTORAL_DISPUTES,
    ELECTION_MANAGEMENT;

    /** Message key of the topic's name in {@code i18n/visits*.properties}. */
    public String messageKey() {
        return "visits.topic." + name();
    }
}
