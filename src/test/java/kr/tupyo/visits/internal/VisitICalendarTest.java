package kr.tupyo.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar: folded, escaped, and readable by ical4j. */
class VisitICalendarTest {

    @Test
    void longKoreanTextIsFoldedWithoutBreakingCharactersAndParsesBack() throws Exception {
        String summary = "질의응답, 기념품 교환; 선거체험관 \\ " + "통합선거인명부 서버 시연 ".repeat(8).strip(); // ical4j trims trailing blanks
        String ics = new ICalendar("Test calendar")
                .event("item-1@tupyo", Instant.parse("2027-03-09T00:00:00Z"), Instant.parse("2027-03-09T01:00:00Z"),
                        Instant.parse("2027-03-09T01:40:00Z"), summary, "대회의실", "line one\nline two")
                .build();
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").get().getValue()).isEqualTo(summary);
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperty("DESCRIPTION").get().getValue()).isEqualTo("line one\nline two");
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperty("LOCATION").get().getValue()).isEqualTo("대회의실");
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperty("DTSTART").get().getValue()).isEqualTo("20270309T010000Z");
    }
}
