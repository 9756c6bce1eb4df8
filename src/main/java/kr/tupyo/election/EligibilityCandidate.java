package kr.tupyo.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kr.tupyo.registry.ResidenceType;

/**
 * The facts about one resident that the eligibility rules read. The voters-list module builds it from
 * the resident register; nothing here identifies the person.
 *
 * @param nationality              {@code KR} or an ISO 3166 alpha-2 code
 * @param registeredSince          first day of the current continuous registration (used for overseas-registered)
 * @param permanentResidenceSince  F-5 permanent residence since (foreigners), else null
 * @param diedOn                   date of death, else null
 * @param underAdultGuardianship   recorded only to show that it does not matter (Civil Act 성년후견)
 */
public record EligibilityCandidate(LocalDate birthDate, String nationality, ResidenceType residenceType,
                                   LocalDate registeredSince, LocalDate permanentResidenceSince, LocalDate diedOn,
                                   List<Disqualification> disqualifications, boolean underAdultGuardianship) {

    public EligibilityCandidate {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(residenceType, "residenceType");
        disqualifications = disqualifications == null ? List.of() : List.copyOf(disqualifications);
    }

    public boolean isKoreanNational() {
        return EligibilityRules.KOREAN_NATIONALITY.equals(nationality);
    }
}
