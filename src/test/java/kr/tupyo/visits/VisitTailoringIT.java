package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The topics of interest choose demonstrations and the senior official; every choice says why. */
@TupyoIntegrationTest
class VisitTailoringIT {

    @Autowired
    ApiClient api;
    VisitsApi visits;

    @BeforeEach
    void setUp() {
        visits = new VisitsApi(api);
    }

    @Test
    void residentRegistrationFocusChoosesVotersListServerIdEquipmentAndPlanningDirector() {
        UUID id = visits.accepted(VisitsApi.request("eGov Jamaica (tailoring)", "topics", List.of("VOTERS_LIST"),
                "languages", List.of("es", "en"), "interpretationNeeds", "Spanish consecutive", "delegationSize", 18));
        JsonNode items = visits.tailor(id).json();

        JsonNode demo = item(items, "EXPERIENCE_ROOM");
        assertThat(demo.path("detail").asString().split(","))
                .containsExactlyInAnyOrder("INTEGRATED_VOTERS_LIST_SERVER", "VOTER_ID_EQUIPMENT");
        assertThat(demo.path("reasonEn").asString())
                .contains("Integrated voters' list server: asked about Voters list and resident registration")
                .contains("Early-voting voter-identification equipment");
        assertThat(demo.path("reasonKo").asString()).contains("통합선거인명부 서버").contains("선거인명부와 주민등록");

        JsonNode qa = item(items, "QA_SESSION");
        assertThat(qa.path("reasonEn").asString())
                .contains("Director General of Planning and Coordination")
                .contains("portfolio covers Voters list and resident registration")
                .contains("Consecutive interpretation is needed: 20 minutes added");
        assertThat(qa.path("minutes").asInt()).isEqualTo(60);
        String planning = official("Director General of Planning and Coordination");
        assertThat(qa.path("officialId").asString()).isEqualTo(planning);
        assertThat(item(items, "WELCOME").path("officialId").asString()).as("the host welcomes too").isEqualTo(planning);
        assertThat(item(items, "WELCOME").path("reasonEn").isNull()).as("untouched items carry no reason").isTrue();

        JsonNode video = item(items, "INTRO_VIDEO");
        assertThat(video.path("detail").asString()).isEqualTo("La Comisión Nacional Electoral de Corea");
        assertThat(video.path("reasonEn").asString()).contains("Spanish (es)");
        assertThat(item(items, "GROUP_PHOTO").path("minutes").asInt()).isEqualTo(15);
        assertThat(item(items, "GROUP_PHOTO").path("reasonEn").asString()).contains("delegation of 18");
    }

    @Test
    void ictSecurityChoosesSorterAndSecurityCentreAndTheSecurityDirector() {
        UUID id = visits.accepted(VisitsApi.request("Cyber Election Agency", "topics", List.of("ICT_SECURITY"),
                "languages", List.of("fr")));
        JsonNode items = visits.tailor(id).json();
        assertThat(item(items, "EXPERIENCE_ROOM").path("detail").asString().split(","))
                .containsExactly("BALLOT_SORTER", "SECURITY_OPERATIONS");
        assertThat(item(items, "QA_SESSION").path("officialId").asString())
                .isEqualTo(official("Director of Information Security"));
        assertThat(item(items, "INTRO_VIDEO").path("detail").asString()).contains("Commission électorale");
        assertThat(item(items, "QA_SESSION").path("minutes").asInt()).as("no interpretation asked").isEqualTo(40);
    }

    @Test
    void withoutMatchingTopicsTheDefaultsAreChosenAndSaidSo() {
        UUID id = visits.accepted(VisitsApi.request("Generalist Delegation", "topics", List.of(),
                "languages", List.of("sw")));
        JsonNode items = visits.tailor(id).json();
        JsonNode demo = item(items, "EXPERIENCE_ROOM");
        assertThat(demo.path("detail").asString().split(",")).containsExactlyInAnyOrder("BALLOT_SORTER", "VOTER_ID_EQUIPMENT");
        assertThat(demo.path("reasonEn").asString()).startsWith("No topic calls for a particular demonstration");
        assertThat(item(items, "QA_SESSION").path("reasonEn").asString()).startsWith("No portfolio matches");
        assertThat(item(items, "INTRO_VIDEO").path("reasonEn").asString()).contains("English version");
    }

    @Test
    void officerReordersAddsEditsAndDropsItems() {
        UUID id = visits.accepted(VisitsApi.request("Reordering Commission"));
        JsonNode items = visits.tailor(id).json();
        String photo = item(items, "GROUP_PHOTO").path("id").asString();
        String base = "/api/v1/visits/" + id + "/programme/items/";

        JsonNode moved = api.postJson(base + photo + "/move/-6", visits.officer(), "").json();
        assertThat(moved.get(0).path("kind").asString()).isEqualTo("GROUP_PHOTO");

        JsonNode added = api.postJson("/api/v1/visits/" + id + "/programme/items", visits.officer(),
                java.util.Map.of("kind", "OTHER", "titleEn", "Lunch", "titleKo", "오찬", "minutes", 60,
                        "roomCode", "MEETING_ROOM", "withOfficial", false)).json();
        assertThat(added.get(added.size() - 1).path("titleKo").asString()).isEqualTo("오찬");

        String video = item(added, "INTRO_VIDEO").path("id").asString();
        JsonNode edited = api.send("PATCH", base + video, visits.officer(), "application/json",
                "{\"minutes\":15,\"roomCode\":\"MEETING_ROOM\"}".getBytes()).json();
        assertThat(item(edited, "INTRO_VIDEO").path("minutes").asInt()).isEqualTo(15);

        JsonNode dropped = api.delete(base + video, visits.officer()).json();
        assertThat(dropped.size()).isEqualTo(added.size() - 1);
        for (int i = 0; i < dropped.size(); i++) {
            assertThat(dropped.get(i).path("position").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void templateEditsAreNewVersions() {
        JsonNode current = api.get("/api/v1/visits/template", visits.officer()).json();
        int version = current.path("version").asInt();
        java.util.List<Object> items = new java.util.ArrayList<>();
        current.path("items").forEach(i -> items.add(i));
        // Same items plus one: the new version exists, the old one is unchanged, then restore.
        java.util.List<Object> extended = new java.util.ArrayList<>(items);
        extended.add(java.util.Map.of("kind", "OTHER", "titleEn", "Tea", "titleKo", "다과", "minutes", 10, "withOfficial", false));
        var saved = api.postJson("/api/v1/visits/template", visits.officer(), java.util.Map.of("note", "tea", "items", extended));
        assertThat(saved.json().path("version").asInt()).isEqualTo(version + 1);
        JsonNode after = api.get("/api/v1/visits/template", visits.officer()).json();
        assertThat(after.path("items").size()).isEqualTo(items.size() + 1);
        var restored = api.postJson("/api/v1/visits/template", visits.officer(), java.util.Map.of("note", "no tea", "items", items));
        assertThat(restored.json().path("version").asInt()).isEqualTo(version + 2);
        var invalid = api.postJson("/api/v1/visits/template", visits.officer(), java.util.Map.of("note", "", "items", items));
        assertThat(invalid.problemCode()).isEqualTo("VISIT_TEMPLATE_INVALID");
    }

    private String official(String titleEn) {
        for (JsonNode o : api.get("/api/v1/visits/officials", visits.officer()).json()) {
            if (o.path("titleEn").asString().equals(titleEn)) {
                return o.path("id").asString();
            }
        }
        throw new AssertionError("no official " + titleEn);
    }

    static JsonNode item(JsonNode items, String kind) {
        for (JsonNode item : items) {
            if (item.path("kind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no item " + kind + " in " + items);
    }
}
