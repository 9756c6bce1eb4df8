package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Published types read back from JSON as written (API answers and the event publication registry). */
class ElectionJsonTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void identifiersAndCodesAreWrittenAsPlainStrings() {
        ElectionId id = new ElectionId(UUID.fromString("7b0c1a52-4a5e-4f62-9d3c-0d6a9e4c2f11"));
        assertThat(json.writeValueAsString(id)).isEqualTo("\"7b0c1a52-4a5e-4f62-9d3c-0d6a9e4c2f11\"");
        assertThat(json.writeValueAsString(new StationCode("EV-1111051500-1"))).isEqualTo("\"EV-1111051500-1\"");
        assertThat(json.readValue("\"11110\"", AreaCode.class)).isEqualTo(new AreaCode("11110"));
    }

    @Test
    void eventsRoundTrip() {
        ElectionCalendar calendar = ElectionCalendar.statutory(ElectionType.PRESIDENTIAL, LocalDate.of(2025, 6, 3));
        var changed = new ElectionCalendarChanged(new ElectionId(UUID.randomUUID()), calendar, "관보 정정");
        assertThat(json.readValue(json.writeValueAsString(changed), ElectionCalendarChanged.class)).isEqualTo(changed);
        var created = new ElectionCreated(new ElectionId(UUID.randomUUID()), ElectionType.LOCAL, LocalDate.of(2026, 6, 3));
        assertThat(json.readValue(json.writeValueAsString(created), ElectionCreated.class)).isEqualTo(created);
        Contest contest = new Contest(new ContestId(UUID.randomUUID()), created.election(), ContestKind.LOCAL_HEAD,
                "종로구청장", "종로구청장선거", List.of(new AreaCode("11110")));
        assertThat(json.readValue(json.writeValueAsString(contest), Contest.class)).isEqualTo(contest);
    }
}
