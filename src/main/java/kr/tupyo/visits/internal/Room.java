package kr.tupyo.visits.internal;

import java.util.Locale;
import kr.tupyo.visits.RoomKind;

/**
 * A room (or place) a programme item uses, with the number of guests it holds. A closed room
 * ({@code active} false) is kept for the history of past visits but offered and booked no more.
 */
public record Room(String code, String nameEn, String nameKo, RoomKind kind, int capacity, boolean active) {

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
