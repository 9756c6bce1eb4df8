package kr.tupyo.visits;

/** A delegation member's part in the visit; the head is named first on every document. */
public enum MemberRole {
    HEAD,
    MEMBER,
    INTERPRETER,
    ACCOMPANYING_OFFICIAL;

    public String messageKey() {
        return "visits.role." + name();
    }
}
