package kr.tupyo.registry.internal;

/** Where an import stands: running, then accepted (stored), rejected (nothing stored) or duplicate. */
public enum ImportStatus {
    RUNNING,
    ACCEPTED,
    REJECTED,
    DUPLICATE
}
