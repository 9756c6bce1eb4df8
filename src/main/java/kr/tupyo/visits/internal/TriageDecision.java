package kr.tupyo.visits.internal;

import java.time.LocalDate;

/** What an officer decides about a request waiting in the triage queue. */
public sealed interface TriageDecision {

    /** Accepts; the request's organisation becomes (or is linked to) a partner. */
    record Accept() implements TriageDecision {
    }

    /** Declines, always with a reason the requester can be told. */
    record Decline(String reason) implements TriageDecision {
    }

    /** Offers other dates instead. */
    record CounterPropose(LocalDate from, LocalDate to, String note) implements TriageDecision {
    }
}
