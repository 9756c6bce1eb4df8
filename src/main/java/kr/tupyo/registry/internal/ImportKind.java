package kr.tupyo.registry.internal;

/** The kinds of file the registry takes in; each has its format in docs/formats/. */
public enum ImportKind {
    DIVISIONS,
    EXTRACT,
    EVENTS,
    DISQUALIFICATIONS
}
