package kr.tupyo.turnout.internal;

/** Turnout as the commission publishes it: a percentage with two decimals. */
final class Percent {

    private Percent() {
    }

    static double of(long part, long whole) {
        return whole <= 0 ? 0.0 : Math.round(part * 10000.0 / whole) / 100.0;
    }
}
