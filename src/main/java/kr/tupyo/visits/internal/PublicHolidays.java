package kr.tupyo.visits.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Korean public holidays: the official gazette's (npm {@code @hyunbinseo/holidays-kr}, written to
 * {@code holidays/holidays-kr.json} by frontend/build.sh, read-only in the jar so every instance
 * agrees) and the ones staff entered in {@code visit_holidays} (substitute holidays declared late,
 * years after the package's last). The conflict check reads both through {@link #calendar()}.
 */
@Component
public class PublicHolidays {

    static final String RESOURCE = "holidays/holidays-kr.json";

    /** A holiday entered by staff. */
    public record StaffHoliday(LocalDate day, String nameKo, String nameEn, String addedBy) {
    }

    /** A run of consecutive years with holiday data, and where it comes from. */
    public record YearRange(int from, int to, boolean bundled) {
    }

    /** Both sources at one moment, for checking many days in memory. */
    public record Calendar(Map<LocalDate, List<String>> bundled, Map<LocalDate, StaffHoliday> staff,
                           int firstBundledYear, int lastBundledYear) {

        /** The holiday's names on that day (gazette first, then staff's); empty on a working day. */
        public List<String> on(LocalDate date) {
            List<String> gazette = bundled.getOrDefault(date, List.of());
            StaffHoliday entered = staff.get(date);
            if (entered == null) {
                return gazette;
            }
            return Stream.concat(gazette.stream(), Stream.of(entered.nameKo())).distinct().toList();
        }

        /** Whether any holiday data covers the date's year (beyond it every day looks like a working day). */
        public boolean covers(LocalDate date) {
            int year = date.getYear();
            return (year >= firstBundledYear && year <= lastBundledYear)
                    || staff.keySet().stream().anyMatch(d -> d.getYear() == year);
        }

        /** The covered years as ranges: the bundled span, then runs of years only staff data covers. */
        public List<YearRange> coverage() {
            List<YearRange> ranges = new ArrayList<>();
            ranges.add(new YearRange(firstBundledYear, lastBundledYear, true));
            TreeSet<Integer> years = new TreeSet<>();
            staff.keySet().forEach(d -> years.add(d.getYear()));
            years.removeIf(y -> y >= firstBundledYear && y <= lastBundledYear);
            Integer start = null;
            Integer previous = null;
            for (int y : years) {
                if (start == null) {
                    start = y;
                } else if (y != previous + 1) {
                    ranges.add(new YearRange(start, previous, false));
                    start = y;
                }
                previous = y;
            }
            if (start != null) {
                ranges.add(new YearRange(start, previous, false));
            }
            return ranges;
        }
    }

    private final Map<LocalDate, List<String>> bundled = new HashMap<>();
    private final int firstYear;
    private final int lastYear;
    private final JdbcClient jdbc;

    PublicHolidays(JdbcClient jdbc) throws IOException {
        this.jdbc = jdbc;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, List<String>> raw = JsonMapper.builder().build().readValue(in, new TypeReference<>() { });
            raw.forEach((date, names) -> bundled.put(LocalDate.parse(date), List.copyOf(names)));
        }
        firstYear = bundled.keySet().stream().min(LocalDate::compareTo).orElseThrow().getYear();
        lastYear = bundled.keySet().stream().max(LocalDate::compareTo).orElseThrow().getYear();
    }

    /** Both sources as they stand now. */
    public Calendar calendar() {
        Map<LocalDate, StaffHoliday> staff = new HashMap<>();
        staffEntered().forEach(h -> staff.put(h.day(), h));
        return new Calendar(Map.copyOf(bundled), Map.copyOf(staff), firstYear, lastYear);
    }

    /** The gazette's holiday names on that day (never changed by staff). */
    public List<String> bundledOn(LocalDate date) {
        return bundled.getOrDefault(date, List.of());
    }

    public List<StaffHoliday> staffEntered() {
        return jdbc.sql("SELECT day, name_ko, name_en, added_by FROM visit_holidays ORDER BY day")
                .query((rs, n) -> new StaffHoliday(rs.getObject("day", LocalDate.class), rs.getString("name_ko"),
                        rs.getString("name_en"), rs.getString("added_by")))
                .list();
    }

    Optional<StaffHoliday> staffEntered(LocalDate day) {
        return staffEntered().stream().filter(h -> h.day().equals(day)).findFirst();
    }

    /** False when staff entered a holiday on that day already. */
    boolean add(StaffHoliday h) {
        return jdbc.sql("INSERT INTO visit_holidays (day, name_ko, name_en, added_by) VALUES (?, ?, ?, ?) ON CONFLICT (day) DO NOTHING")
                .params(h.day(), h.nameKo(), h.nameEn(), h.addedBy()).update() == 1;
    }

    boolean remove(LocalDate day) {
        return jdbc.sql("DELETE FROM visit_holidays WHERE day = ?").param(day).update() == 1;
    }
}
