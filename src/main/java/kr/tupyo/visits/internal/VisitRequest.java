package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitsError;

/**
 * What a requester asks for, from the staff API or the public form. Validates in the constructor;
 * text is kept verbatim (pages and PDFs escape it when they show it).
 */
public record VisitRequest(String organisation, PartnerType partnerType, String country, String requesterName,
                           String requesterEmail, String onBehalfOf, String purpose, List<Topic> topics,
                           LocalDate preferredFrom, LocalDate preferredTo, int delegationSize,
                           List<String> languages, String interpretationNeeds, String accessibilityNeeds) {

    static final int MAX_TEXT = 2000;

    public VisitRequest {
        required("organisation", organisation, 300);
        required("requesterName", requesterName, 200);
        required("requesterEmail", requesterEmail, 320);
        required("purpose", purpose, MAX_TEXT);
        optional("onBehalfOf", onBehalfOf, 300);
        optional("interpretationNeeds", interpretationNeeds, MAX_TEXT);
        optional("accessibilityNeeds", accessibilityNeeds, MAX_TEXT);
        if (!EmailAddress.looksValid(requesterEmail)) {
            throw invalid("requesterEmail");
        }
        if (partnerType == null) {
            throw invalid("partnerType");
        }
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw invalid("country");
        }
        if (preferredFrom == null || preferredTo == null || preferredTo.isBefore(preferredFrom)) {
            throw invalid("preferredDates");
        }
        if (delegationSize < 1 || delegationSize > 200) {
            throw invalid("delegationSize");
        }
        topics = topics == null ? List.of() : List.copyOf(topics);
        languages = languages == null ? List.of() : languages.stream()
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
        if (languages.stream().anyMatch(l -> !l.matches("[a-z]{2,3}"))) {
            throw invalid("languages");
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field);
        }
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field);
        }
    }

    static ProblemException invalid(String field) {
        return new ProblemException(VisitsError.VISIT_INVALID_REQUEST, java.util.Map.of("field", field), field);
    }
}
