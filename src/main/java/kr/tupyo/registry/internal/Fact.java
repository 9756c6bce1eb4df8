package kr.tupyo.registry.internal;

import java.time.LocalDate;
import kr.tupyo.registry.ResidenceType;

/** What the register says about a person from {@code validFrom} on (one row of resident_facts). */
record Fact(long residentId, LocalDate validFrom, String name, String nationality, String emdCode, String address,
            LocalDate registeredSince, ResidenceType residenceType, LocalDate permanentResidenceSince) {

    Fact withName(String newName) {
        return new Fact(residentId, validFrom, newName, nationality, emdCode, address, registeredSince, residenceType,
                permanentResidenceSince);
    }

    Fact movedTo(String newEmd, String newAddress, LocalDate since, ResidenceType newType) {
        return new Fact(residentId, validFrom, name, nationality, newEmd, newAddress, since, newType,
                permanentResidenceSince);
    }

    Fact withNationality(String newNationality, ResidenceType newType, LocalDate permanentSince) {
        return new Fact(residentId, validFrom, name, newNationality, emdCode, address, registeredSince, newType,
                permanentSince);
    }
}
