package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Staff maintain the desk's reference data: officials (edit, retire, absences), rooms (add, edit,
 * close), blackouts (edit, delete) and holidays beyond the bundled data, each change audited and
 * each refusal with its code. Visits here use 2029 and 2030, which no other test books, and every
 * blackout or holiday added is removed again so that other tests' calendars are untouched.
 */
@TupyoIntegrationTest
class VisitReferenceEditingIT {

    private static final List<String> FINANCE_TOPICS = List.of("POLITICAL_FINANCE", "ELECTORAL_DISPUTES", "ICT_SECURITY");

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditEntries auditEntries;
    VisitsApi visits;

    @BeforeEach
    void setUp() {
        visits = new VisitsApi(api);
    }

    @Test
    void aPartnerHoldsSeveralContactsAddedAndRemovedThroughTheApi() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Zz Contacts Commission " + suffix());
        body.put("type", "FOREIGN_EMB");
        body.put("country", "JM");
        body.put("contactName", "Andrea Campbell");
        body.put("contactEmail", "andrea@example.org");
        var created = api.postJson("/api/v1/visits/partners", visits.officer(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String partner = created.json().path("id").asString();
        String contacts = "/api/v1/visits/partners/" + partner + "/contacts";

        // The contact given on creation, as before, is the first contact (and still the partner's contactName).
        JsonNode first = api.get(contacts, visits.officer()).json();
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.get(0).path("name").asString()).isEqualTo("Andrea Campbell");
        assertThat(first.get(0).path("email").asString()).isEqualTo("andrea@example.org");

        // A partner created with only a phone number keeps it, named by it (as V9_4 named such contacts).
        var phoneOnly = api.postJson("/api/v1/visits/partners", visits.officer(), Map.of("name",
                "Zz Phone-only Office " + suffix(), "type", "OTHER", "country", "JM", "contactPhone", "+1 876 555 0199"));
        assertThat(phoneOnly.status()).as(phoneOnly.toString()).isEqualTo(201);
        JsonNode byPhone = api.get("/api/v1/visits/partners/" + phoneOnly.json().path("id").asString() + "/contacts",
                visits.officer()).json();
        assertThat(byPhone.get(0).path("name").asString()).isEqualTo("+1 876 555 0199");
        assertThat(byPhone.get(0).path("phone").asString()).isEqualTo("+1 876 555 0199");

        var added = api.postJson(contacts, visits.officer(), Map.of("name", "Marlon Reid",
                "title", "Head of the International Division", "email", "m.reid@example.org", "phone", "+1 876 555 0100"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String head = added.json().path("id").asString();
        JsonNode read = api.get("/api/v1/visits/partners/" + partner, api.tokenFor(Role.OBSERVER)).json().path("partner");
        assertThat(read.path("contacts").size()).isEqualTo(2);
        assertThat(read.path("contacts").get(1).path("title").asString()).isEqualTo("Head of the International Division");
        assertThat(read.path("contactName").asString()).isEqualTo("Andrea Campbell");

        // Bad input: a problem with the module's code, and nothing changes.
        var blank = api.postJson(contacts, visits.officer(), Map.of("name", "  ", "email", "x@example.org"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        var badEmail = api.postJson(contacts, visits.officer(), Map.of("name", "Desk Officer", "email", "not-an-address"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(badEmail.body()).contains("contactEmail");
        assertThat(api.get(contacts, visits.officer()).json().size()).isEqualTo(2);
        assertThat(api.postJson(contacts, api.tokenFor(Role.OBSERVER), Map.of("name", "Observer's pick")).status()).isEqualTo(403);

        // Removing one leaves the other; the removed one cannot be removed twice.
        String andrea = first.get(0).path("id").asString();
        assertThat(api.delete(contacts + "/" + andrea, visits.officer()).status()).isEqualTo(204);
        JsonNode left = api.get(contacts, visits.officer()).json();
        assertThat(left.size()).isEqualTo(1);
        assertThat(left.get(0).path("id").asString()).isEqualTo(head);
        assertThat(api.get("/api/v1/visits/partners/" + partner, visits.officer()).json().path("partner")
                .path("contactName").asString()).isEqualTo("Marlon Reid");
        var again = api.delete(contacts + "/" + andrea, visits.officer());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.problemCode()).isEqualTo("VISIT_PARTNER_CONTACT_NOT_FOUND");
        assertThat(api.get("/api/v1/visits/partners/" + UUID.randomUUID() + "/contacts", visits.officer()).problemCode())
                .isEqualTo("VISIT_PARTNER_NOT_FOUND");
        assertThat(jdbc.sql("SELECT count(*) FROM visit_partner_contacts WHERE partner_id = ?::uuid AND removed_at IS NOT NULL")
                .param(partner).query(Integer.class).single()).as("the removed contact stays in the history").isEqualTo(1);

        // Created, one contact added, one removed: three changes audited, none for the refused input.
        assertThat(audited("VISIT_PARTNER_CHANGED", "visit-partner:" + partner, "SUCCESS")).isEqualTo(3);
    }

    @Test
    void editsAnOfficialAndAddsAndRemovesAnAbsence() {
        String id = createOfficial("Zz Editable " + suffix(), List.of("COUNTING"));
        var edited = visits.put("/api/v1/visits/officials/" + id, official("Zz Edited Name", "Deputy Director General",
                List.of("VOTER_EDUCATION", "OVERSEAS_VOTING"), List.of("ko", "en", "de")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode listed = officialNamed("Zz Edited Name");
        assertThat(listed.path("id").asString()).isEqualTo(id);
        assertThat(listed.path("titleEn").asString()).isEqualTo("Deputy Director General");
        assertThat(strings(listed.path("topics"))).containsExactly("VOTER_EDUCATION", "OVERSEAS_VOTING");
        assertThat(strings(listed.path("languages"))).containsExactly("ko", "en", "de");
        assertThat(listed.path("retired").asBoolean()).isFalse();

        var blank = visits.put("/api/v1/visits/officials/" + id, official(" ", "x", List.of(), List.of()));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        Map<String, Object> badEmail = official("Zz Bad Email", "Adviser", List.of(), List.of("en"));
        badEmail.put("email", "not-an-address");
        var refusedEmail = visits.put("/api/v1/visits/officials/" + id, badEmail);
        assertThat(refusedEmail.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(refusedEmail.json().path("field").asString()).isEqualTo("email");
        var refusedLanguage = visits.put("/api/v1/visits/officials/" + id,
                official("Zz Bad Language", "Adviser", List.of(), List.of("en", "<b>x</b>")));
        assertThat(refusedLanguage.json().path("field").asString()).isEqualTo("languages");
        assertThat(api.postJson("/api/v1/visits/officials", visits.officer(), badEmail).problemCode())
                .isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(officialNamed("Zz Edited Name").path("titleEn").asString()).as("refusals change nothing")
                .isEqualTo("Deputy Director General");
        assertThat(api.get("/api/v1/visits/officials", visits.officer()).body()).doesNotContain("Zz Bad");
        var unknown = visits.put("/api/v1/visits/officials/" + UUID.randomUUID(), official("A", "B", List.of(), List.of()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("VISIT_OFFICIAL_NOT_FOUND");

        var absence = api.postJson("/api/v1/visits/officials/" + id + "/absences", visits.officer(),
                Map.of("from", "2029-02-01T00:00:00Z", "to", "2029-02-03T00:00:00Z", "reason", "Mission abroad"));
        assertThat(absence.status()).as(absence.toString()).isEqualTo(201);
        String absenceId = absence.json().path("id").asString();
        assertThat(absenceIds()).contains(absenceId);
        assertThat(api.delete("/api/v1/visits/officials/" + id + "/absences/" + absenceId, visits.officer()).status())
                .isEqualTo(204);
        assertThat(absenceIds()).doesNotContain(absenceId);
        var again = api.delete("/api/v1/visits/officials/" + id + "/absences/" + absenceId, visits.officer());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.problemCode()).isEqualTo("VISIT_ABSENCE_NOT_FOUND");

        assertThat(api.postJson("/api/v1/visits/officials/" + id + "/retire", visits.officer(), "").status()).isEqualTo(204);
        assertThat(audited("VISIT_OFFICIAL_CHANGED", "visit-official:" + id, "SUCCESS")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRetiredOfficialIsNeitherProposedNorBookableButStillNamedByPastProgrammes() {
        String expert = createOfficial("Zz Finance Expert " + suffix(), FINANCE_TOPICS);
        UUID first = visits.accepted(VisitsApi.request("Finance Oversight Board " + suffix(), "topics", FINANCE_TOPICS));
        JsonNode qa = item(visits.tailor(first).json(), "QA_SESSION");
        assertThat(qa.path("officialId").asString()).as("the best portfolio match").isEqualTo(expert);
        var booked = visits.schedule(first, "2029-03-13T10:00");
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(strings(booked.json().path("warnings"))).as("no holiday data for 2029").containsExactly("NO_HOLIDAY_DATA");

        var refused = api.postJson("/api/v1/visits/officials/" + expert + "/retire", visits.officer(), "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("VISIT_OFFICIAL_STILL_BOOKED");
        assertThat(refused.json().path("visits").get(0).path("id").asString()).isEqualTo(first.toString());
        assertThat(audited("VISIT_OFFICIAL_CHANGED", "visit-official:" + expert, "FAILURE")).isEqualTo(1);

        // any programme change releases the visit's bookings; then the official may retire
        var changed = api.send("PATCH", "/api/v1/visits/" + first + "/programme/items/" + qa.path("id").asString(),
                visits.officer(), "application/json", ("{\"minutes\":45,\"roomCode\":\"MEETING_ROOM\",\"officialId\":\""
                        + expert + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/visits/officials/" + expert + "/retire", visits.officer(), "").status()).isEqualTo(204);
        var twice = api.postJson("/api/v1/visits/officials/" + expert + "/retire", visits.officer(), "");
        assertThat(twice.problemCode()).isEqualTo("VISIT_OFFICIAL_RETIRED");
        var editRetired = visits.put("/api/v1/visits/officials/" + expert, official("Zz X", "Y", List.of(), List.of()));
        assertThat(editRetired.status()).isEqualTo(409);
        assertThat(editRetired.problemCode()).isEqualTo("VISIT_OFFICIAL_RETIRED");
        assertThat(officialById(expert).path("retired").asBoolean()).isTrue();

        // the old programme still names the retired official, and booking it again is refused
        JsonNode programme = api.get("/api/v1/visits/" + first, visits.officer()).json();
        assertThat(programme.toString()).contains(expert);
        var again = visits.schedule(first, "2029-03-13T10:00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(kinds(again.json().path("conflicts"))).contains("OfficialRetired");

        // a new request with the same topics gets a serving official
        UUID second = visits.accepted(VisitsApi.request("Finance Oversight Board " + suffix(), "topics", FINANCE_TOPICS));
        JsonNode proposed = item(visits.tailor(second).json(), "QA_SESSION");
        assertThat(proposed.path("officialId").asString()).isNotEqualTo(expert)
                .isEqualTo(officialTitled("Director General of Investigation").path("id").asString());
    }

    @Test
    void roomsAreAddedEditedAndClosedButNeverShrunkBelowABookedDelegation() {
        String code = "ZZ_ROOM_" + suffix().toUpperCase();
        var created = api.postJson("/api/v1/visits/rooms", visits.officer(),
                room(code, "Small meeting room", "소회의실", "MEETING", 30));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("active").asBoolean()).isTrue();
        assertThat(api.postJson("/api/v1/visits/rooms", visits.officer(), room(code, "Again", "다시", "MEETING", 30))
                .problemCode()).isEqualTo("VISIT_ROOM_EXISTS");
        assertThat(api.postJson("/api/v1/visits/rooms", visits.officer(), room("bad code", "A", "B", "MEETING", 30))
                .problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(api.postJson("/api/v1/visits/rooms", visits.officer(), room("ZZ_NO_SEATS", "A", "B", "MEETING", 0))
                .problemCode()).isEqualTo("VISIT_INVALID_REQUEST");

        // a visit of 16 books the room for its welcome
        UUID visit = visits.accepted(VisitsApi.request("Room Capacity Council " + suffix()));
        JsonNode welcome = item(visits.tailor(visit).json(), "WELCOME");
        patch(visit, welcome, code);
        assertThat(visits.schedule(visit, "2029-03-06T10:00").status()).isEqualTo(200);

        var shrunk = visits.put("/api/v1/visits/rooms/" + code, room(code, "Small meeting room", "소회의실", "MEETING", 10));
        assertThat(shrunk.status()).isEqualTo(409);
        assertThat(shrunk.problemCode()).isEqualTo("VISIT_ROOM_TOO_SMALL_FOR_BOOKED");
        assertThat(shrunk.json().path("visits").size()).isEqualTo(1);
        assertThat(shrunk.json().path("visits").get(0).path("id").asString()).isEqualTo(visit.toString());
        assertThat(shrunk.json().path("visits").get(0).path("delegationSize").asInt()).isEqualTo(16);
        assertThat(roomByCode(code).path("capacity").asInt()).as("unchanged").isEqualTo(30);

        var fits = visits.put("/api/v1/visits/rooms/" + code, room(code, "Small conference room", "소회의실(2층)", "CEREMONIAL", 16));
        assertThat(fits.status()).as(fits.toString()).isEqualTo(200);
        JsonNode room = roomByCode(code);
        assertThat(room.path("capacity").asInt()).isEqualTo(16);
        assertThat(room.path("nameEn").asString()).isEqualTo("Small conference room");
        assertThat(room.path("nameKo").asString()).isEqualTo("소회의실(2층)");
        assertThat(room.path("kind").asString()).isEqualTo("CEREMONIAL");
        var unknown = visits.put("/api/v1/visits/rooms/ZZ_NOWHERE", room("ZZ_NOWHERE", "A", "B", "MEETING", 5));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("VISIT_ROOM_NOT_FOUND");

        var stillBooked = api.postJson("/api/v1/visits/rooms/" + code + "/close", visits.officer(), "");
        assertThat(stillBooked.status()).isEqualTo(409);
        assertThat(stillBooked.problemCode()).isEqualTo("VISIT_ROOM_STILL_BOOKED");
        assertThat(stillBooked.json().path("visits").get(0).path("id").asString()).isEqualTo(visit.toString());

        patch(visit, welcome, "MEETING_ROOM"); // releases the bookings
        assertThat(api.postJson("/api/v1/visits/rooms/" + code + "/close", visits.officer(), "").status()).isEqualTo(204);
        assertThat(roomByCode(code).path("active").asBoolean()).isFalse();
        assertThat(api.postJson("/api/v1/visits/rooms/" + code + "/close", visits.officer(), "").problemCode())
                .isEqualTo("VISIT_ROOM_CLOSED");
        assertThat(visits.put("/api/v1/visits/rooms/" + code, room(code, "A", "B", "MEETING", 40)).problemCode())
                .isEqualTo("VISIT_ROOM_CLOSED");

        // a programme that still uses the closed room cannot be booked
        patch(visit, welcome, code);
        var closed = visits.schedule(visit, "2029-03-06T10:00");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(kinds(closed.json().path("conflicts"))).containsExactly("RoomClosed");
        assertThat(audited("VISIT_ROOM_CHANGED", "visit-room:" + code, "SUCCESS")).isEqualTo(3);
        assertThat(audited("VISIT_ROOM_CHANGED", "visit-room:" + code, "FAILURE")).isEqualTo(2);
    }

    @Test
    void aBlackoutOverAScheduledVisitWarnsAndShowsOnItsScheduleUntilDeleted() {
        UUID visit = visits.accepted(VisitsApi.request("Blackout Warning Institute " + suffix()));
        visits.tailor(visit);
        assertThat(visits.schedule(visit, "2029-05-15T10:00").status()).isEqualTo(200);
        assertThat(standing(visit)).isEmpty();

        var added = api.postJson("/api/v1/visits/blackouts", visits.officer(), blackout("2029-05-14", "2029-05-16"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String id = added.json().path("id").asString();
        assertThat(added.json().path("affectedVisits").get(0).path("id").asString()).isEqualTo(visit.toString());
        assertThat(standing(visit)).containsExactly("Blackout");
        JsonNode scheduled = api.get("/api/v1/visits/" + visit, visits.officer()).json();
        assertThat(scheduled.path("bookings").size()).as("the visit keeps its bookings").isGreaterThan(0);

        var moved = visits.put("/api/v1/visits/blackouts/" + id, blackout("2029-05-21", "2029-05-22"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("affectedVisits").size()).isZero();
        assertThat(standing(visit)).isEmpty();
        var back = visits.put("/api/v1/visits/blackouts/" + id, blackout("2029-05-15", "2029-05-15"));
        assertThat(back.json().path("affectedVisits").size()).isEqualTo(1);
        assertThat(standing(visit)).containsExactly("Blackout");

        assertThat(api.delete("/api/v1/visits/blackouts/" + id, visits.officer()).status()).isEqualTo(204);
        assertThat(standing(visit)).as("deleting the blackout removes the conflict").isEmpty();
        assertThat(api.get("/api/v1/visits/blackouts", visits.officer()).json().toString()).doesNotContain(id);
        var gone = api.delete("/api/v1/visits/blackouts/" + id, visits.officer());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.problemCode()).isEqualTo("VISIT_BLACKOUT_NOT_FOUND");
        assertThat(visits.put("/api/v1/visits/blackouts/" + id, blackout("2029-05-15", "2029-05-15")).problemCode())
                .isEqualTo("VISIT_BLACKOUT_NOT_FOUND");
        assertThat(api.postJson("/api/v1/visits/blackouts", visits.officer(), blackout("2029-05-16", "2029-05-14"))
                .problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(audited("VISIT_BLACKOUT_CHANGED", "visit-blackout:" + id, "SUCCESS")).isEqualTo(4);
    }

    @Test
    void aStaffEnteredHolidayIsAConflictLikeABundledOne() {
        var holidays = api.get("/api/v1/visits/holidays", visits.officer()).json();
        assertThat(holidays.path("coverage").get(0).path("bundled").asBoolean()).isTrue();
        assertThat(holidays.path("coverage").get(0).path("to").asInt()).isEqualTo(2027);

        var added = api.postJson("/api/v1/visits/holidays", visits.officer(),
                Map.of("date", "2030-03-05", "nameKo", "임시공휴일", "nameEn", "Temporary public holiday"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        try {
            JsonNode now = api.get("/api/v1/visits/holidays", visits.officer()).json();
            assertThat(now.path("coverage").toString()).contains("\"from\":2030,\"to\":2030,\"bundled\":false");
            assertThat(now.path("staffEntered").toString()).contains("2030-03-05", "임시공휴일");
            assertThat(api.postJson("/api/v1/visits/holidays", visits.officer(),
                    Map.of("date", "2030-03-05", "nameKo", "또", "nameEn", "Again")).problemCode()).isEqualTo("VISIT_HOLIDAY_EXISTS");
            assertThat(api.postJson("/api/v1/visits/holidays", visits.officer(),
                    Map.of("date", "2027-09-15", "nameKo", "추석", "nameEn", "Chuseok")).problemCode()).isEqualTo("VISIT_HOLIDAY_EXISTS");
            assertThat(api.postJson("/api/v1/visits/holidays", visits.officer(),
                    Map.of("date", "2030-03-07", "nameKo", " ", "nameEn", "x")).problemCode()).isEqualTo("VISIT_INVALID_REQUEST");

            UUID visit = visits.accepted(VisitsApi.request("Holiday Data Service " + suffix()));
            visits.tailor(visit);
            var onHoliday = visits.schedule(visit, "2030-03-05T10:00");
            assertThat(onHoliday.status()).isEqualTo(409);
            assertThat(kinds(onHoliday.json().path("conflicts"))).containsExactly("PublicHoliday");
            assertThat(onHoliday.json().path("conflicts").get(0).path("detail").path("names").get(0).asString()).isEqualTo("임시공휴일");
            var nextDay = visits.schedule(visit, "2030-03-06T10:00");
            assertThat(nextDay.status()).as(nextDay.toString()).isEqualTo(200);
            assertThat(nextDay.json().path("warnings").size()).as("2030 has holiday data now").isZero();

            // a holiday entered after the booking shows on the visit's schedule, and goes with it
            assertThat(api.postJson("/api/v1/visits/holidays", visits.officer(),
                    Map.of("date", "2030-03-06", "nameKo", "대체공휴일", "nameEn", "Substitute holiday")).status()).isEqualTo(201);
            assertThat(standing(visit)).containsExactly("PublicHoliday");
            assertThat(api.delete("/api/v1/visits/holidays/2030-03-06", visits.officer()).status()).isEqualTo(204);
            assertThat(standing(visit)).isEmpty();
        } finally {
            assertThat(api.delete("/api/v1/visits/holidays/2030-03-05", visits.officer()).status()).isEqualTo(204);
        }
        var bundled = api.delete("/api/v1/visits/holidays/2027-09-15", visits.officer());
        assertThat(bundled.status()).isEqualTo(404);
        assertThat(bundled.problemCode()).isEqualTo("VISIT_HOLIDAY_NOT_FOUND");
        assertThat(api.get("/api/v1/visits/holidays", visits.officer()).json().path("staffEntered").toString())
                .doesNotContain("2030-03-05");
        assertThat(audited("VISIT_HOLIDAY_CHANGED", "visit-holiday:2030-03-05", "SUCCESS")).isEqualTo(2);
    }

    @Test
    void observersReadButDoNotEdit() {
        String observer = api.tokenFor(Role.OBSERVER);
        assertThat(api.get("/api/v1/visits/holidays", observer).status()).isEqualTo(200);
        var denied = api.postJson("/api/v1/visits/rooms", observer, room("ZZ_OBSERVED", "A", "B", "MEETING", 5));
        assertThat(denied.status()).isEqualTo(403);
    }

    // --- helpers

    private String createOfficial(String nameEn, List<String> topics) {
        var created = api.postJson("/api/v1/visits/officials", visits.officer(),
                official(nameEn, "Senior Adviser", topics, List.of("en")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static Map<String, Object> official(String nameEn, String titleEn, List<String> topics, List<String> languages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameEn", nameEn);
        body.put("nameKo", "가나다");
        body.put("titleEn", titleEn);
        body.put("titleKo", "자문관");
        body.put("department", "International Cooperation Division");
        body.put("email", "adviser@tupyo.example");
        body.put("topics", topics);
        body.put("languages", languages);
        return body;
    }

    private static Map<String, Object> room(String code, String nameEn, String nameKo, String kind, int capacity) {
        return Map.of("code", code, "nameEn", nameEn, "nameKo", nameKo, "kind", kind, "capacity", capacity);
    }

    private static Map<String, Object> blackout(String from, String to) {
        return Map.of("from", from, "to", to, "reasonEn", "Test blackout", "reasonKo", "시험 기간");
    }

    private void patch(UUID visit, JsonNode item, String roomCode) {
        String official = item.path("officialId").isNull() ? "null" : "\"" + item.path("officialId").asString() + "\"";
        var changed = api.send("PATCH", "/api/v1/visits/" + visit + "/programme/items/" + item.path("id").asString(),
                visits.officer(), "application/json", ("{\"minutes\":" + item.path("minutes").asInt() + ",\"roomCode\":\""
                        + roomCode + "\",\"officialId\":" + official + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private List<String> standing(UUID visit) {
        var response = api.get("/api/v1/visits/" + visit + "/conflicts", visits.officer());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return strings(response.json().path("kinds"));
    }

    private static JsonNode item(JsonNode items, String kind) {
        for (JsonNode i : items) {
            if (kind.equals(i.path("kind").asString())) {
                return i;
            }
        }
        throw new AssertionError("no item " + kind + " in " + items);
    }

    private static List<String> kinds(JsonNode conflicts) {
        List<String> kinds = new ArrayList<>();
        conflicts.forEach(c -> kinds.add(c.path("kind").asString()));
        return kinds;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private List<String> absenceIds() {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/visits/absences", visits.officer()).json().forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    private JsonNode officialNamed(String nameEn) {
        for (JsonNode o : api.get("/api/v1/visits/officials", visits.officer()).json()) {
            if (nameEn.equals(o.path("nameEn").asString())) {
                return o;
            }
        }
        throw new AssertionError("no official " + nameEn);
    }

    private JsonNode officialTitled(String titleEn) {
        for (JsonNode o : api.get("/api/v1/visits/officials", visits.officer()).json()) {
            if (titleEn.equals(o.path("titleEn").asString())) {
                return o;
            }
        }
        throw new AssertionError("no official " + titleEn);
    }

    private JsonNode officialById(String id) {
        for (JsonNode o : api.get("/api/v1/visits/officials", visits.officer()).json()) {
            if (id.equals(o.path("id").asString())) {
                return o;
            }
        }
        throw new AssertionError("no official " + id);
    }

    private JsonNode roomByCode(String code) {
        for (JsonNode r : api.get("/api/v1/visits/rooms", visits.officer()).json()) {
            if (code.equals(r.path("code").asString())) {
                return r;
            }
        }
        throw new AssertionError("no room " + code);
    }

    private int audited(String action, String target, String outcome) {
        auditEntries.chainPending();
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND target = ? AND outcome = ?")
                .params(action, target, outcome).query(Integer.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
