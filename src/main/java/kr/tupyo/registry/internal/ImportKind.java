package kr.tupyo.registry.internal;

/** The kinds of file the registry takes in; each has its format in docs/formats/. */
public enum ImportKind {
    DIVISIONS(100),
    // Reading, checking, encrypting and staging took 14 of 49 s at 5 M rows and 136 of 512 s nationally
    // (docs/benchmarks.md); storing is the rest.
    EXTRACT(30),
    // Reading, checking, encrypting and staging took a tenth of the time at 1 M residents (docs/benchmarks.md);
    // applying the events page by page is the rest.
    EVENTS(10),
    DISQUALIFICATIONS(100);

    private final int readingShare;

    ImportKind(int readingShare) {
        this.readingShare = readingShare;
    }

    /** The share of the progress bar, in percent, for reading the rows; the rest is for the step after them. */
    int readingShare() {
        return readingShare;
    }
}
