package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every conflict kind, the nearest free starts, and the database refusing a double booking that
 * slipped past the check. Each test uses its own week of 2027 so that tests sharing the database
 * do not meet.
 */
@TupyoIntegrationTest
class VisitSchedulingIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    VisitsApi visits;

    @BeforeEach
    void setUp() {
        visits = new VisitsApi(api);
    }

    private UUID tailored(String organisation, Object... overrides) {
        UUID id = visits.accepted(VisitsApi.request(organisation, overrides));
        visits.tailor(id);
        return id;
    }

    private List<String> kinds(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        List<String> kinds = new ArrayList<>();
        response.json().path("conflicts").forEach(c -> kinds.add(c.path("kind").asString()));
        return kinds;
    }

    @Test
    void booksAFreeWorkingDayAndRebooksOnlyItsOwnSlots() {
        UUID id = tailored("Free Day Commission");
        var booked = visits.schedule(id, "2027-03-09T10:00");
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.json().path("end").asString()).isEqualTo("2027-03-09T12:05:00"); // 16 guests: photo +5 min
        // the visit's own bookings never conflict with themselves
        assertThat(visits.schedule(id, "2027-03-09T10:30").status()).isEqualTo(200);
        JsonNode visit = api.get("/api/v1/visits/" + id, visits.officer()).json();
        assertThat(visit.path("bookings").size()).isEqualTo(7 + 4); // seven rooms, the official in four items
    }

    @Test
    void weekendsHolidaysAndBlackoutsAreRefusedWithFreeDaysProposed() {
        UUID id = tailored("Calendar Conflicts Body");
        assertThat(kinds(visits.schedule(id, "2027-03-13T10:00"))).containsExactly("Weekend");
        var holiday = visits.schedule(id, "2027-09-15T10:00");
        assertThat(kinds(holiday)).containsExactly("PublicHoliday");
        assertThat(holiday.json().path("conflicts").get(0).path("detail").path("names").get(0).asString()).isEqualTo("추석");
        assertThat(holiday.json().path("suggestions").get(0).asString()).as("nearest in time: the Monday before Chuseok").isEqualTo("2027-09-13T15:30:00");
        var blackout = visits.schedule(id, "2028-04-07T10:00");
        assertThat(kinds(blackout)).containsExactly("Blackout");
        assertThat(blackout.json().path("conflicts").get(0).path("detail").path("reasonEn").asString()).contains("Early voting");
        assertThat(kinds(visits.schedule(id, "2027-09-20T17:00"))).containsExactly("OutsideOfficeHours");
    }

    @Test
    void roomTooSmallForTheDelegation() {
        UUID id = tailored("Large Delegation Agency", "delegationSize", 28);
        var response = visits.schedule(id, "2027-03-16T10:00");
        assertThat(kinds(response)).containsExactly("RoomTooSmall");
        assertThat(response.json().path("conflicts").get(0).path("detail").path("room").asString()).isEqualTo("COMMISSIONERS_ROOM");
    }

    @Test
    void doubleBookedOfficialAndRoomsPointToTheNearestFreeStart() {
        UUID first = tailored("First Booked Commission");
        assertThat(visits.schedule(first, "2027-03-23T10:00").status()).isEqualTo(200);
        UUID second = tailored("Second Booked Commission");
        var clash = visits.schedule(second, "2027-03-23T11:00");
        assertThat(kinds(clash)).contains("OfficialDoubleBooked", "RoomDoubleBooked");
        assertThat(clash.json().path("conflicts").get(0).path("detail").path("otherVisit").asString()).isEqualTo(first.toString());
        String nearest = clash.json().path("suggestions").get(0).asString();
        assertThat(nearest).as("first visit ends 12:05; starts are on the half hour").isEqualTo("2027-03-23T12:30:00");
        assertThat(visits.schedule(second, nearest.substring(0, 16)).status()).isEqualTo(200);
    }

    @Test
    void absentOfficialIsUnavailable() {
        UUID id = tailored("Absence Commission", "topics", List.of("VOTER_EDUCATION"));
        String education = api.get("/api/v1/visits/" + id, visits.officer()).json().path("programme").get(0)
                .path("item").path("officialId").asString();
        var absence = api.postJson("/api/v1/visits/officials/" + education + "/absences", visits.officer(),
                Map.of("from", "2027-03-30T00:00:00Z", "to", "2027-03-31T00:00:00Z", "reason", "Mission to Geneva"));
        assertThat(absence.status()).isEqualTo(201);
        var response = visits.schedule(id, "2027-03-30T10:00");
        assertThat(kinds(response)).containsExactly("OfficialUnavailable");
        assertThat(response.json().path("conflicts").get(0).path("detail").path("reason").asString()).isEqualTo("Mission to Geneva");
    }

    @Test
    void twoOfficersBookingTheSameSlotAtOnceGetOneBookingAndOneConflict() throws Exception {
        UUID a = tailored("Simultaneous Commission A");
        UUID b = tailored("Simultaneous Commission B");
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> { start.await(); return visits.schedule(a, "2027-04-20T10:00").status(); });
            var second = pool.submit(() -> { start.await(); return visits.schedule(b, "2027-04-20T10:00").status(); });
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM visit_bookings x JOIN visit_bookings y ON x.resource = y.resource
                AND x.id < y.id AND x.during && y.during""").query(Integer.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesADoubleBookingThatSlippedPastTheCheck() {
        UUID id = tailored("Exclusion Constraint Commission");
        assertThat(visits.schedule(id, "2027-04-06T10:00").status()).isEqualTo(200);
        UUID other = tailored("Racing Commission");
        UUID item = jdbc.sql("SELECT id FROM visit_programme_items WHERE visit_id = ? ORDER BY position LIMIT 1")
                .param(other).query(UUID.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO visit_bookings (visit_id, item_id, resource, during)
                VALUES (?, ?, 'room:MEETING_ROOM', tstzrange('2027-04-06 10:30+09', '2027-04-06 10:40+09'))""")
                .params(other, item).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("visit_bookings_resource_during_excl");
    }
}
