package kr.tupyo.registry;

/** How a person is on the register. */
public enum ResidenceType {
    /** A Korean national living in Korea. */
    DOMESTIC,
    /** A Korean national abroad who keeps a resident registration (재외국민 주민등록). */
    OVERSEAS_REGISTERED,
    /** A foreign national registered as a resident; may vote in local elections with permanent residence. */
    FOREIGN_RESIDENT
}
