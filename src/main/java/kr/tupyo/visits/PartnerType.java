package kr.tupyo.visits;

/** The kind of organisation asking for a visit; statistics are broken down by it. */
public enum PartnerType {
    INTERNATIONAL_ORGANISATION,
    FOREIGN_EMB,
    KOREAN_GOVERNMENT,
    EMBASSY,
    ACADEMIC,
    OTHER;

    public String messageKey() {
        return "visits.partnerType." + name();
    }
}
