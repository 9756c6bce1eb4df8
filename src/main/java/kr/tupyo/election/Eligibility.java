package kr.tupyo.election;

/** The outcome of applying an election's eligibility rules to one resident. */
public sealed interface Eligibility {

    /** On the voters list and votes in every contest of their district. */
    record Eligible() implements Eligibility {
    }

    /**
     * On the voters list but without the constituency vote (the National Assembly constituency contest):
     * an overseas-registered national not yet 3 months on the register in a National Assembly election
     * (the proportional vote stays), or a foreign resident in a by-election that fills a National Assembly
     * seat beside local offices ({@code NOT_NATIONAL}: the local contests stay).
     */
    record EligibleWithoutConstituency(ExclusionReason reason) implements Eligibility {
    }

    /** Not on the voters list. */
    record Ineligible(ExclusionReason reason) implements Eligibility {
    }

    default boolean isOnList() {
        return !(this instanceof Ineligible);
    }
}
