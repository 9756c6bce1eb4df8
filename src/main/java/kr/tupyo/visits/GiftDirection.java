package kr.tupyo.visits;

/** Whether the commission gave the gift or received it (only received gifts may need reporting). */
public enum GiftDirection {
    GIVEN,
    RECEIVED
}
