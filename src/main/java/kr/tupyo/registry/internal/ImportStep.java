package kr.tupyo.registry.internal;

/**
 * What a running import does after reading its rows, when that takes long enough to be shown: change
 * events are applied one page at a time after the whole file has been read and staged; a full extract
 * is stored in a few set-based stages (facts, their keys, residents, their keys).
 */
public enum ImportStep {
    APPLYING,
    STORING
}
