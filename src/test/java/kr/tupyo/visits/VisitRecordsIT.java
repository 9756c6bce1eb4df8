package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Gift register, PDFs read back, iCalendar parsed back, report and statistics. */
@TupyoIntegrationTest
class VisitRecordsIT {

    @Autowired
    ApiClient api;
    VisitsApi visits;

    @BeforeEach
    void setUp() {
        visits = new VisitsApi(api);
    }

    private Map<String, Object> gift(String direction, long value) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("direction", direction);
        g.put("description", "Lacquerware box");
        g.put("giver", "Head of delegation");
        g.put("recipient", "Director General");
        g.put("valueKrw", value);
        g.put("givenOn", "2027-04-13");
        g.put("disposition", "DISPLAYED");
        return g;
    }

    @Test
    void receivedGiftsAtOrAboveTheThresholdAreFlagged() {
        UUID id = visits.accepted(VisitsApi.request("Gift Giving Commission"));
        String path = "/api/v1/visits/" + id + "/gifts";
        assertThat(api.postJson(path, visits.officer(), gift("RECEIVED", 100_000)).json().path("reportable").asBoolean()).isTrue();
        assertThat(api.postJson(path, visits.officer(), gift("RECEIVED", 99_999)).json().path("reportable").asBoolean()).isFalse();
        assertThat(api.postJson(path, visits.officer(), gift("GIVEN", 500_000)).json().path("reportable").asBoolean())
                .as("gifts the commission gives are not reported by it").isFalse();
        JsonNode register = api.get(path, visits.officer()).json();
        assertThat(register.path("thresholdKrw").asLong()).isEqualTo(100_000);
        assertThat(register.path("gifts").size()).isEqualTo(3);
        assertThat(api.postJson(path, visits.officer(), gift("RECEIVED", -1)).problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
    }

    @Test
    void documentsAreReadableInKoreanAndEnglishWithPreviousVisitsAndNotes() throws Exception {
        String org = "Registrar General Department " + UUID.randomUUID().toString().substring(0, 6);
        UUID earlier = visits.accepted(VisitsApi.request(org, "purpose", "Earlier study visit"));
        visits.put("/api/v1/visits/" + earlier + "/report", Map.of("attended", 6, "attendance", "six", "summary", "Agreed to exchange registration statistics"));
        UUID id = visits.accepted(VisitsApi.request(org, "purpose", "Study of the integrated voters list"));
        visits.addMember(id, "Marlon <script>alert(1)</script> Brown", "Registrar General", "Register General's Department", "HEAD");
        visits.addMember(id, "김하늘", "통역사", "eGov Jamaica", "INTERPRETER");
        String[] organisations = {"eGov Jamaica", "Register General's Department", "Office of the Prime Minister",
                "Electoral Commission of Jamaica"};
        for (int i = 1; i <= 13; i++) {
            visits.addMember(id, "Member Number" + i, "Officer", organisations[i % 4], i == 13 ? "ACCOMPANYING_OFFICIAL" : "MEMBER");
        }
        Map<String, Object> spelled = new LinkedHashMap<>();
        spelled.put("fullName", "Member Number14");
        spelled.put("title", "Officer");
        spelled.put("organisation", "Electoral Commission of Jamaica");
        spelled.put("country", "JM");
        spelled.put("role", "MEMBER");
        spelled.put("dietaryNotes", "Vegetarian, no nuts");
        spelled.put("accessibilityNotes", "Wheelchair user");
        spelled.put("nameCardSpelling", "Ms Fourteenth-Card");
        assertThat(api.postJson("/api/v1/visits/" + id + "/members", visits.officer(), spelled).status()).isEqualTo(201);
        String partner = api.get("/api/v1/visits/" + id, visits.officer()).json().path("partner").path("id").asString();
        visits.put("/api/v1/visits/partners/" + partner, Map.of("electoralNotes", "First-past-the-post, 63 constituencies"));
        visits.tailor(id);
        assertThat(visits.schedule(id, "2027-04-13T10:00").status()).isEqualTo(200);

        String briefingKo = text(id, "briefing", "ko");
        assertThat(briefingKo).contains("응대 간부 보고 자료", "선거인명부와 주민등록", "김하늘",
                "Agreed to exchange registration statistics", "First-past-the-post", "기획조정실장",
                "Marlon <script>alert(1)</script>"); // printed as text, not interpreted
        assertThat(briefingKo.replaceAll("\\s+", "")).as("table cells wrap").contains("단장", "통역");
        String briefingEn = text(id, "briefing", "en");
        assertThat(briefingEn).contains("Briefing note", "Previous visits and outcomes",
                "Director General of Planning and Coordination");
        assertThat(briefingEn.replaceAll("\\s+", " ")).as("anticipated questions of the topic; the members' needs")
                .contains("How is the voters list compiled from the resident register")
                .contains("Member Number14: Vegetarian, no nuts");
        assertThat(text(id, "itinerary", "ko")).contains("방문 일정표", "환영사", "10:00", "선거체험관");
        String cards = text(id, "name-cards", "en");
        assertThat(cards).contains("김하늘", "Registrar General", "Office of the Prime Minister");
        for (int i = 1; i <= 13; i++) {
            assertThat(cards).as("16 name cards").contains("Member Number" + i + "\n");
        }
        assertThat(cards).as("the name-card spelling replaces the name on the card").contains("Ms Fourteenth-Card")
                .doesNotContain("Member Number14");
        assertThat(text(id, "letter", "ko")).contains("감사", org);
        assertThat(api.get("/api/v1/visits/" + id + "/documents/nonsense", visits.officer()).status()).isEqualTo(404);
    }

    @Test
    void partnersAndOfficialsAreRegisteredDirectly() {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("name", "International IDEA " + UUID.randomUUID().toString().substring(0, 6));
        partner.put("type", "INTERNATIONAL_ORGANISATION");
        partner.put("country", "se");
        var created = api.postJson("/api/v1/visits/partners", visits.officer(), partner);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/visits/partners", visits.officer(), partner).problemCode()).isEqualTo("VISIT_PARTNER_EXISTS");
        var read = api.get("/api/v1/visits/partners/" + created.json().path("id").asString(), visits.officer()).json();
        assertThat(read.path("partner").path("region").asString()).isEqualTo("EUROPE");

        Map<String, Object> official = new LinkedHashMap<>();
        official.put("nameEn", "Han Jiwoo");
        official.put("nameKo", "한지우");
        official.put("titleEn", "Director of Overseas Voting");
        official.put("titleKo", "재외선거과장");
        official.put("department", "Election Bureau");
        official.put("topics", List.of("OVERSEAS_VOTING"));
        official.put("languages", List.of("ko", "en"));
        assertThat(api.postJson("/api/v1/visits/officials", visits.officer(), official).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/visits/officials", visits.officer()).body()).contains("재외선거과장");
    }

    @Test
    void officialInvitationsParseAsICalendar() throws Exception {
        UUID id = visits.accepted(VisitsApi.request("Calendar Commission", "topics", List.of("POLITICAL_FINANCE")));
        visits.tailor(id);
        assertThat(visits.schedule(id, "2027-04-14T14:00").status()).isEqualTo(200);
        String official = api.get("/api/v1/visits/" + id, visits.officer()).json().path("programme").get(0)
                .path("item").path("officialId").asString();
        var ics = api.get("/api/v1/visits/officials/" + official + "/calendar.ics", visits.officer());
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        assertThat(events).allSatisfy(e -> assertThat(e.<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").get().getValue()).contains("Calendar Commission"));
        assertThat(events.get(0).<net.fortuna.ical4j.model.Property>getProperty("DTSTART").get().getValue()).isEqualTo("20270414T050000Z");

        Calendar all = new CalendarBuilder().build(new StringReader(api.get("/api/v1/visits/calendar.ics", visits.officer()).body()));
        assertThat(all.<VEvent>getComponents("VEVENT")).anySatisfy(e ->
                assertThat(e.<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").get().getValue()).isEqualTo("Visit: Calendar Commission"));
    }

    @Test
    void reportCompletesTheVisitAndStatisticsCountIt() {
        UUID id = visits.accepted(VisitsApi.request("Statistics Academy", "partnerType", "ACADEMIC", "country", "KE",
                "topics", List.of("COUNTING", "VOTER_EDUCATION"), "preferredFrom", "2031-05-01", "preferredTo", "2031-05-02"));
        String report = "/api/v1/visits/" + id + "/report";
        assertThat(api.postJson(report + "/questions", visits.officer(), Map.of("askedBy", "Prof. Otieno",
                "question", "How are sorter counts verified?", "answeredBy", "Director General", "answer", "By hand, every box")).status()).isEqualTo(201);
        var followUp = api.postJson(report + "/follow-ups", visits.officer(), Map.of("action", "Send the counting manual",
                "owner", "International affairs", "dueOn", "2031-06-01"));
        assertThat(followUp.status()).isEqualTo(201);
        assertThat(api.postJson(report + "/follow-ups/" + followUp.json().path("id").asString() + "/done", visits.officer(), "")
                .status()).isEqualTo(204);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String boundary = "----tupyo";
        byte[] body = multipart(boundary, png);
        var photo = api.send("POST", report + "/photos", visits.officer(), "multipart/form-data; boundary=" + boundary, body);
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        var notAnImage = api.send("POST", report + "/photos", visits.officer(), "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "<html>".getBytes()));
        assertThat(notAnImage.problemCode()).isEqualTo("VISIT_PHOTO_INVALID");

        JsonNode written = visits.put(report, Map.of("attended", 11, "attendance", "All but one", "summary", "Good exchange")).json();
        assertThat(written.path("questions").get(0).path("askedBy").asString()).isEqualTo("Prof. Otieno");
        assertThat(written.path("followUps").get(0).path("done").asBoolean()).isTrue();
        assertThat(written.path("photos").get(0).path("contentType").asString()).isEqualTo("image/png");
        assertThat(api.get("/api/v1/visits/" + id, visits.officer()).json().path("visit").path("status").asString()).isEqualTo("COMPLETED");

        JsonNode stats = api.get("/api/v1/visits/statistics?year=2031", visits.officer()).json();
        assertThat(stats.path("byPartnerType").toString()).contains("\"key\":\"ACADEMIC\",\"visits\":1");
        assertThat(stats.path("byRegion").toString()).contains("\"key\":\"AFRICA\",\"visits\":1");
        assertThat(stats.path("byTopic").toString()).contains("COUNTING").contains("VOTER_EDUCATION");
        String csv = api.get("/api/v1/visits/statistics.csv?year=2031", visits.officer()).body();
        assertThat(csv).startsWith("dimension,key,visits,guests\r\n").contains("region,AFRICA,1,16\r\n");
    }

    private static byte[] multipart(String boundary, byte[] file) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"group.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes());
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
        return out.toByteArray();
    }

    private String text(UUID id, String kind, String lang) throws Exception {
        var pdf = api.get("/api/v1/visits/" + id + "/documents/" + kind + "?lang=" + lang, visits.officer());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        java.nio.file.Path kept = java.nio.file.Path.of("target", "documents", kind + "-" + lang + ".pdf");
        java.nio.file.Files.createDirectories(kept.getParent());
        java.nio.file.Files.write(kept, pdf.bytes()); // for a person to look at after the run
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
