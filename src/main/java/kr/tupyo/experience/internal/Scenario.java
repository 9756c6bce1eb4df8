package kr.tupyo.experience.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three demo elections of the experience room, with their fictional contests (data in
 * {@link Scenarios}): presidential (1 ballot), National Assembly (constituency + party list, 2 ballots)
 * and local (7 ballots).
 */
public enum Scenario {
    PRESIDENTIAL,
    NATIONAL_ASSEMBLY,
    LOCAL;

    public static Optional<Scenario> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (Scenario s : values()) {
            if (s.name().equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public DemoElection election() {
        return Scenarios.of(this);
    }

    public String messageKey() {
        return "experience.scenario." + name();
    }

    /** A demo election: its name, the voters' home district and its contests in ballot order. */
    public record DemoElection(String nameKo, String nameEn, List<DemoContest> contests) {

        public String name(Locale locale) {
            return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
        }
    }
}
