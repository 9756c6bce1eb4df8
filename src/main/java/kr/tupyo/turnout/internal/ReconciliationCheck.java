package kr.tupyo.turnout.internal;

/**
 * One rule that must hold for a station day (or the nation), with both sides as numbers.
 *
 * @param rule     stable name, e.g. {@code ENVELOPE_LABELS_EQUAL_OUT_OF_DISTRICT}
 * @param subject  what it is about when the rule repeats (a contest id), else empty
 * @param expected the side the rule compares against
 * @param actual   the side that must match it
 * @param holds    true when the rule holds
 */
public record ReconciliationCheck(String rule, String subject, long expected, long actual, boolean holds) {

    static ReconciliationCheck equal(String rule, String subject, long expected, long actual) {
        return new ReconciliationCheck(rule, subject, expected, actual, expected == actual);
    }

    static ReconciliationCheck atMost(String rule, long limit, long actual) {
        return new ReconciliationCheck(rule, "", limit, actual, actual <= limit);
    }
}
