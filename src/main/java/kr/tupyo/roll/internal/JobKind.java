package kr.tupyo.roll.internal;

/** What a background job of the voters-list module does. */
public enum JobKind {
    /** Compile (or re-compile) an election's draft voters list. */
    COMPILE,
    /** Digest a FINALISING list and make it FINALISED. */
    FINALISE,
    /** Generate the election-day lists (PDF + CSV) of all precincts into one ZIP file. */
    LISTS
}
