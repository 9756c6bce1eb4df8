package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import kr.tupyo.registry.ResidentRegistrationNumber;

/** How the person is looked up: the RRN from the ID card, or name and birth date without one. */
public sealed interface IdentificationRequest {

    record ByRrn(ResidentRegistrationNumber rrn) implements IdentificationRequest {
    }

    record ByNameAndBirthDate(String name, LocalDate birthDate) implements IdentificationRequest {
    }
}
