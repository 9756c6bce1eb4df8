package kr.tupyo.registry.internal;

import java.time.LocalDate;
import kr.tupyo.registry.ResidenceType;

/** The rules a person's record must satisfy, shared by extract rows and new registrations. */
final class PersonRules {

    private PersonRules() {
    }

    static void check(CsvRow row, LocalDate birthDate, String nationality, ResidenceType residenceType,
                      LocalDate permanentResidenceSince, LocalDate asOf) {
        if (nationality != null && residenceType != null
                && (residenceType == ResidenceType.FOREIGN_RESIDENT) == Nationalities.KOREA.equals(nationality)) {
            row.error("residence_type", "RESIDENCE_NATIONALITY", residenceType.name(), nationality);
        }
        if (permanentResidenceSince != null && residenceType != null
                && residenceType != ResidenceType.FOREIGN_RESIDENT) {
            row.error("permanent_residence_since", "PERMANENT_RESIDENCE_FOREIGNERS_ONLY");
        }
        notAfter(row, "birth_date", birthDate, asOf);
        notAfter(row, "permanent_residence_since", permanentResidenceSince, asOf);
        notBeforeBirth(row, "permanent_residence_since", permanentResidenceSince, birthDate);
    }

    static void notAfter(CsvRow row, String column, LocalDate date, LocalDate limit) {
        if (date != null && limit != null && date.isAfter(limit)) {
            row.error(column, "DATE_IN_FUTURE", limit.toString());
        }
    }

    static void notBeforeBirth(CsvRow row, String column, LocalDate date, LocalDate birthDate) {
        if (date != null && birthDate != null && date.isBefore(birthDate)) {
            row.error(column, "DATE_BEFORE_BIRTH");
        }
    }
}
