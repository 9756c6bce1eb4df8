package kr.tupyo.visits.internal;

import java.util.Locale;
import java.util.UUID;

/** One step of a visit's own programme, with the reason when tailoring chose or changed it. */
public record ProgrammeItem(UUID id, int position, String kind, String titleEn, String titleKo, int minutes,
                            String roomCode, UUID officialId, String detail, String reasonEn, String reasonKo) {

    public String title(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
    }

    public String reason(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? reasonKo : reasonEn;
    }

    ProgrammeItem withPosition(int newPosition) {
        return new ProgrammeItem(id, newPosition, kind, titleEn, titleKo, minutes, roomCode, officialId, detail,
                reasonEn, reasonKo);
    }
}
