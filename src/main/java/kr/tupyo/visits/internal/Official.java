package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.visits.Topic;

/**
 * A senior official who can receive delegations: portfolio topics and languages drive the proposal.
 * A retired official ({@code retired} true) still shows on past visits but is neither proposed nor booked.
 */
public record Official(UUID id, String nameEn, String nameKo, String titleEn, String titleKo, String department,
                       String email, List<Topic> topics, List<String> languages, boolean isDefault, boolean retired) {

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public String title(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
    }
}
