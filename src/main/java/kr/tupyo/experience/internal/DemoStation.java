package kr.tupyo.experience.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The two demo stations of every session: one in the demo voters' own district (관내) and one
 * outside it (관외), where an out-of-district voter also gets a return-envelope label.
 */
public enum DemoStation {
    IN_DISTRICT(true, "하늘동 사전투표소", "Haneul-dong early-voting station (in-district)"),
    OUT_OF_DISTRICT(false, "푸른시 중앙동 사전투표소", "Jungang-dong, Pureun City early-voting station (out-of-district)");

    private final boolean inDistrict;
    private final String nameKo;
    private final String nameEn;

    DemoStation(boolean inDistrict, String nameKo, String nameEn) {
        this.inDistrict = inDistrict;
        this.nameKo = nameKo;
        this.nameEn = nameEn;
    }

    public boolean inDistrict() {
        return inDistrict;
    }

    public String nameKo() {
        return nameKo;
    }

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public static Optional<DemoStation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DemoStation s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
