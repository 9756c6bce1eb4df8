package kr.tupyo.election;

/** How a person is on the resident register (the register extract's {@code residence_type}). */
public enum ResidenceType {
    DOMESTIC,
    /** A Korean national living abroad who keeps a resident registration (재외국민 주민등록). */
    OVERSEAS_REGISTERED,
    /** A foreigner registered as resident (외국인); may vote in local elections with permanent residence. */
    FOREIGN_RESIDENT
}
