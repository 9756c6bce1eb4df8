package kr.tupyo.registry;

import java.time.LocalDate;

/**
 * A person as the register stood on a date.
 *
 * @param residentId   stable surrogate key of the person in the register (not a public identifier)
 * @param rrnMasked    e.g. {@code 900101-1******}; the number itself is only encrypted
 * @param emdCode      10-digit 읍면동 code of the registered address
 * @param registeredSince           date of registration at this address
 * @param permanentResidenceSince   F-5 date, foreign residents only, else null
 * @param deceasedOn   date of death if recorded by a later event, else null
 */
public record RegisteredResident(long residentId, String rrnMasked, String name, LocalDate birthDate, Sex sex,
                                 String nationality, String emdCode, String address, LocalDate registeredSince,
                                 ResidenceType residenceType, LocalDate permanentResidenceSince,
                                 LocalDate deceasedOn) {

    public boolean koreanNational() {
        return "KR".equals(nationality);
    }
}
