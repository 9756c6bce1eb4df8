package kr.tupyo.visits.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.tupyo.visits.Topic;

/**
 * The senior official proposed for the Q&A: the one whose portfolio covers most of the delegation's
 * topics, then one who speaks a delegation language; with no match at all, the default host.
 *
 * @param official the proposal, null only when there are no officials
 * @param matched  the delegation topics the portfolio covers (empty for the default host)
 */
record OfficialChoice(Official official, List<Topic> matched) {

    static OfficialChoice choose(List<Official> officials, List<Topic> topics, List<String> languages) {
        Comparator<Official> byFit = Comparator
                .comparingLong((Official o) -> o.topics().stream().filter(topics::contains).count())
                .thenComparing(o -> o.languages().stream().anyMatch(languages::contains))
                .thenComparing(Official::isDefault);
        Official best = officials.stream().max(byFit).orElse(null);
        if (best == null) {
            return new OfficialChoice(null, List.of());
        }
        List<Topic> matched = best.topics().stream().filter(topics::contains).toList();
        if (matched.isEmpty()) {
            Official host = officials.stream().filter(Official::isDefault).findFirst().orElse(best);
            return new OfficialChoice(host, List.of());
        }
        return new OfficialChoice(best, matched);
    }

    String explain(ProgrammeTailor tailor, Locale locale) {
        if (official == null) {
            return tailor.text(locale, "visits.reason.noOfficial");
        }
        String who = official.name(locale) + " (" + official.title(locale) + ")";
        return matched.isEmpty()
                ? tailor.text(locale, "visits.reason.officialDefault", who)
                : tailor.text(locale, "visits.reason.official", who, tailor.topics(matched, locale));
    }
}
