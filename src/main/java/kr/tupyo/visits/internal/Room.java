package kr.tupyo.visits.internal;

import java.util.Locale;

/** A room (or place) a programme item uses, with the number of guests it holds. */
public record Room(String code, String nameEn, String nameKo, int capacity) {

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
