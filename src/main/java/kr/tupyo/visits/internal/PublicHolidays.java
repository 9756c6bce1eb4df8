package kr.tupyo.visits.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Korean public holidays from the official gazette (npm {@code @hyunbinseo/holidays-kr}, written to
 * {@code holidays/holidays-kr.json} by frontend/build.sh). Read-only data shipped in the jar, so
 * every instance of the service agrees.
 */
@Component
public class PublicHolidays {

    static final String RESOURCE = "holidays/holidays-kr.json";

    private final Map<LocalDate, List<String>> holidays = new HashMap<>();
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    PublicHolidays() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, List<String>> raw = JsonMapper.builder().build().readValue(in, new TypeReference<>() { });
            raw.forEach((date, names) -> holidays.put(LocalDate.parse(date), List.copyOf(names)));
        }
        firstDay = holidays.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        lastDay = holidays.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    }

    /** The holiday's names on that day; empty on a working day. */
    public List<String> on(LocalDate date) {
        return holidays.getOrDefault(date, List.of());
    }

    /** Whether the gazette data covers the date's year at all (beyond it every day looks like a working day). */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstDay.getYear() && date.getYear() <= lastDay.getYear();
    }
}
