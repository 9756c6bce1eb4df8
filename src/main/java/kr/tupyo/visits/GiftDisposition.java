package kr.tupyo.visits;

/** What became of a gift. */
public enum GiftDisposition {
    KEPT,
    DISPLAYED,
    TRANSFERRED
}
