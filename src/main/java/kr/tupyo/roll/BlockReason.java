package kr.tupyo.roll;

/** Why a voter of a finalised list may not be issued a ballot: a correction version recorded it. */
public enum BlockReason {
    /** A death reported after finalisation (the register's death event). */
    DECEASED_AFTER_FINALISATION,
    /** A court order or decision removing the person after finalisation. */
    COURT_ORDER_REMOVAL
}
