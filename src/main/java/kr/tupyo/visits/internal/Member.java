package kr.tupyo.visits.internal;

import java.util.Locale;
import java.util.UUID;
import kr.tupyo.visits.MemberRole;

/** One person in a delegation. The name card uses {@code nameCardSpelling} when given. */
public record Member(UUID id, int position, String fullName, String title, String organisation, String country,
                     MemberRole role, String dietaryNotes, String accessibilityNotes, String nameCardSpelling) {

    public Member {
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw VisitRequest.invalid("fullName");
        }
        if (organisation == null || organisation.isBlank() || organisation.length() > 300) {
            throw VisitRequest.invalid("organisation");
        }
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw VisitRequest.invalid("country");
        }
        if (role == null) {
            throw VisitRequest.invalid("role");
        }
        longest("title", title, 300);
        longest("dietaryNotes", dietaryNotes, VisitRequest.MAX_TEXT);
        longest("accessibilityNotes", accessibilityNotes, VisitRequest.MAX_TEXT);
        longest("nameCardSpelling", nameCardSpelling, 200);
    }

    private static void longest(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw VisitRequest.invalid(field);
        }
    }

    public String nameOnCard() {
        return nameCardSpelling == null || nameCardSpelling.isBlank() ? fullName : nameCardSpelling;
    }
}
