package kr.tupyo.visits.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.tupyo.visits.Topic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the standard programme into a visit's programme, and says why for every change (rules in
 * docs/visits.md). Pure: it reads the template, the request and the catalogue it is given.
 */
@Component
public class ProgrammeTailor {

    static final int INTERPRETATION_EXTRA_MINUTES = 20;
    static final int LARGE_DELEGATION = 15;

    private final MessageSource messages;

    ProgrammeTailor(MessageSource messages) {
        this.messages = messages;
    }

    public List<ProgrammeItem> tailor(List<TemplateItem> template, Visit visit, List<Official> officials,
                                      List<Demonstration> demonstrations, List<IntroVideo> videos) {
        OfficialChoice official = OfficialChoice.choose(officials, visit.topics(), visit.languages());
        List<ProgrammeItem> items = new ArrayList<>();
        for (TemplateItem t : template) {
            Reasoned r = switch (t.kind()) {
                case "INTRO_VIDEO" -> video(t, visit, videos);
                case "QA_SESSION" -> qa(t, visit, official);
                case "EXPERIENCE_ROOM" -> demonstrations(t, visit, demonstrations);
                case "GROUP_PHOTO" -> photo(t, visit);
                default -> new Reasoned(t.minutes(), null, null, null);
            };
            items.add(new ProgrammeItem(null, items.size() + 1, t.kind(), t.titleEn(), t.titleKo(), r.minutes(),
                    t.roomCode(), t.withOfficial() && official.official() != null ? official.official().id() : null,
                    r.detail(), r.reasonEn(), r.reasonKo()));
        }
        return items;
    }

    private record Reasoned(int minutes, String detail, String reasonEn, String reasonKo) {
    }

    private Reasoned video(TemplateItem t, Visit visit, List<IntroVideo> videos) {
        for (String language : visit.languages()) {
            for (IntroVideo v : videos) {
                if (v.language().equals(language)) {
                    return new Reasoned(t.minutes(), v.title(),
                            text(Locale.ENGLISH, "visits.reason.videoLanguage", language(language, Locale.ENGLISH)),
                            text(Locale.KOREAN, "visits.reason.videoLanguage", language(language, Locale.KOREAN)));
                }
            }
        }
        IntroVideo english = videos.stream().filter(v -> v.language().equals("en")).findFirst().orElseThrow();
        return reasoned(t.minutes(), english.title(), "visits.reason.videoFallback",
                String.join(", ", visit.languages()));
    }

    private Reasoned qa(TemplateItem t, Visit visit, OfficialChoice choice) {
        int minutes = t.minutes() + (visit.needsInterpretation() ? INTERPRETATION_EXTRA_MINUTES : 0);
        String en = choice.explain(this, Locale.ENGLISH) + (visit.needsInterpretation()
                ? " " + text(Locale.ENGLISH, "visits.reason.interpretation", INTERPRETATION_EXTRA_MINUTES) : "");
        String ko = choice.explain(this, Locale.KOREAN) + (visit.needsInterpretation()
                ? " " + text(Locale.KOREAN, "visits.reason.interpretation", INTERPRETATION_EXTRA_MINUTES) : "");
        return new Reasoned(minutes, null, en, ko);
    }

    private Reasoned demonstrations(TemplateItem t, Visit visit, List<Demonstration> all) {
        List<Demonstration> chosen = all.stream()
                .filter(d -> d.topics().stream().anyMatch(visit.topics()::contains))
                .sorted(Comparator.comparingLong((Demonstration d) -> -d.topics().stream()
                        .filter(visit.topics()::contains).count()).thenComparing(Demonstration::code))
                .toList();
        boolean fallback = chosen.isEmpty();
        if (fallback) {
            chosen = all.stream().filter(Demonstration::isDefault).toList();
        }
        int minutes = Math.max(t.minutes(), chosen.stream().mapToInt(Demonstration::minutes).sum() + 5);
        String detail = chosen.stream().map(Demonstration::code).collect(Collectors.joining(","));
        if (fallback) {
            return reasoned(minutes, detail, "visits.reason.demoDefault",
                    chosen.stream().map(Demonstration::nameEn).collect(Collectors.joining(", ")));
        }
        List<Demonstration> picked = chosen;
        return new Reasoned(minutes, detail, demoReasons(picked, visit, Locale.ENGLISH),
                demoReasons(picked, visit, Locale.KOREAN));
    }

    private String demoReasons(List<Demonstration> chosen, Visit visit, Locale locale) {
        return chosen.stream().map(d -> text(locale, "visits.reason.demo",
                        "ko".equals(locale.getLanguage()) ? d.nameKo() : d.nameEn(),
                        topics(d.topics().stream().filter(visit.topics()::contains).toList(), locale)))
                .collect(Collectors.joining(" "));
    }

    private Reasoned photo(TemplateItem t, Visit visit) {
        if (visit.delegationSize() > LARGE_DELEGATION) {
            return reasoned(t.minutes() + 5, null, "visits.reason.largeGroup", visit.delegationSize());
        }
        return new Reasoned(t.minutes(), null, null, null);
    }

    private Reasoned reasoned(int minutes, String detail, String key, Object... args) {
        return new Reasoned(minutes, detail, text(Locale.ENGLISH, key, args), text(Locale.KOREAN, key, args));
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String topics(List<Topic> topics, Locale locale) {
        return topics.stream().map(t -> text(locale, t.messageKey())).collect(Collectors.joining(", "));
    }

    private static String language(String code, Locale in) {
        return Locale.forLanguageTag(code).getDisplayLanguage(in) + " (" + code + ")";
    }
}
