package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.tupyo.registry.InvalidResidentRegistrationNumberException;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.Sex;

/**
 * Checks a registration number against what the same row says about the person. Errors reject the
 * row; warnings (check digit, a foreigner's number for a Korean national) are only reported.
 *
 * @param rrn      the number, or null when it is not one
 * @param errors   issue codes (with the first argument for INVALID_RRN)
 * @param warnings issue codes
 */
record RrnCheck(ResidentRegistrationNumber rrn, List<String> errors, List<String> warnings) {

    static RrnCheck of(String text, LocalDate birthDate, Sex sex, boolean koreanNational) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ResidentRegistrationNumber rrn;
        try {
            rrn = ResidentRegistrationNumber.parse(text);
        } catch (InvalidResidentRegistrationNumberException e) {
            errors.add("INVALID_RRN:" + e.reason());
            return new RrnCheck(null, errors, warnings);
        }
        if (birthDate != null && !birthDate.equals(rrn.birthDate())) {
            errors.add("BIRTH_DATE_MISMATCH");
        }
        if (sex != null && sex != rrn.sex()) {
            errors.add("SEX_MISMATCH");
        }
        if (koreanNational && rrn.foreignerNumber()) {
            warnings.add("RRN_FOREIGN_KOREAN");
        }
        if (!rrn.checkDigitValid()) {
            warnings.add("RRN_CHECK_DIGIT");
        }
        return new RrnCheck(rrn, errors, warnings);
    }

    boolean caughtOrWarned() {
        return !errors.isEmpty() || !warnings.isEmpty();
    }

    /** Records the findings on the row's {@code rrn} column. */
    void report(CsvRow row, String nationality) {
        for (String error : errors) {
            String[] parts = error.split(":", 2);
            if (parts.length == 2) {
                row.error("rrn", parts[0], parts[1]);
            } else {
                row.error(error.equals("BIRTH_DATE_MISMATCH") ? "birth_date" : error.equals("SEX_MISMATCH") ? "sex" : "rrn",
                        error);
            }
        }
        for (String warning : warnings) {
            row.warning("rrn", warning, nationality == null ? "KR" : nationality);
        }
    }
}
