package kr.tupyo.visits.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A programme item as pages and documents show it: times (when scheduled), room and official names,
 * the demonstrations spelled out, and the tailoring reason, all in one language.
 */
public record ProgrammeRow(ProgrammeItem item, LocalDateTime start, LocalDateTime end, String title, String room,
                           String official, String detail, String reason) {

    public static List<ProgrammeRow> of(List<ProgrammeItem> items, LocalDateTime start, Locale locale,
                                        Map<String, Room> rooms, Map<UUID, Official> officials,
                                        Map<String, Demonstration> demonstrations) {
        List<ProgrammeRow> rows = new ArrayList<>();
        LocalDateTime at = start;
        for (ProgrammeItem i : items) {
            LocalDateTime end = at == null ? null : at.plusMinutes(i.minutes());
            Room room = i.roomCode() == null ? null : rooms.get(i.roomCode());
            Official official = i.officialId() == null ? null : officials.get(i.officialId());
            String detail = i.detail();
            if ("EXPERIENCE_ROOM".equals(i.kind()) && detail != null && !detail.isBlank()) {
                detail = Arrays.stream(detail.split(",")).map(demonstrations::get).filter(d -> d != null)
                        .map(d -> "ko".equals(locale.getLanguage()) ? d.nameKo() : d.nameEn())
                        .collect(Collectors.joining(", "));
            }
            rows.add(new ProgrammeRow(i, at, end, i.title(locale), room == null ? null : room.name(locale),
                    official == null ? null : official.name(locale) + " (" + official.title(locale) + ")",
                    detail, i.reason(locale)));
            at = end;
        }
        return rows;
    }
}
