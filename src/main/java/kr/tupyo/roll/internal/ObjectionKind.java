package kr.tupyo.roll.internal;

/** What an objection (이의신청) claims. */
public enum ObjectionKind {
    /** 누락: the person is eligible but not on the list. Accepted → put on the list. */
    OMISSION,
    /** 오기: the entry's details are wrong. Accepted → the decision is noted in the entry's remarks. */
    WRONG_DETAILS,
    /** 부당 등재: the person is on the list but should not be. Accepted → excluded (REMOVED_BY_OBJECTION). */
    INELIGIBLE_ENTRY
}
