package kr.tupyo.experience.internal;

/** The outcome of a demo issuance request: issued now, or refused because the voter has ballots already. */
public sealed interface DemoIssuanceOutcome {

    record Issued(DemoIssuance issuance) implements DemoIssuanceOutcome {
    }

    /** {@code existing} is the voter's issuance (its station and time are shown). */
    record AlreadyIssued(DemoIssuance existing) implements DemoIssuanceOutcome {
    }
}
