package kr.tupyo.visits.internal;

import java.util.Locale;

/**
 * One step of the standard programme. {@code kind} tells tailoring what it may change (INTRO_VIDEO,
 * QA_SESSION, EXPERIENCE_ROOM, GROUP_PHOTO are tailored; others are copied as they are).
 */
public record TemplateItem(String kind, String titleEn, String titleKo, int minutes, String roomCode,
                           boolean withOfficial) {

    public TemplateItem {
        kind = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!kind.matches("[A-Z_]{2,40}") || titleEn == null || titleEn.isBlank() || titleKo == null
                || titleKo.isBlank() || minutes < 1 || minutes > 480) {
            throw new kr.tupyo.platform.ProblemException(kr.tupyo.visits.VisitsError.VISIT_TEMPLATE_INVALID);
        }
        roomCode = roomCode == null || roomCode.isBlank() ? null : roomCode;
    }
}
