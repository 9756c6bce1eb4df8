package kr.tupyo.roll;

/** The public identifier of one entry on a voters list; unique across all elections, never reused. */
public record VoterId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
