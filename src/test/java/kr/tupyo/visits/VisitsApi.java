package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** Readable steps of the visits API for tests: a request, its triage, tailoring, scheduling. */
public final class VisitsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    public VisitsApi(ApiClient api) {
        this.api = api;
    }

    String officer() {
        return api.tokenFor(Role.VISITS_OFFICER);
    }

    /** A request body with sensible defaults; override fields by name. */
    public static Map<String, Object> request(String organisation, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put("partnerType", "FOREIGN_EMB");
        body.put("country", "JM");
        body.put("requesterName", "Andrea Campbell");
        body.put("requesterEmail", "andrea@example.org");
        body.put("onBehalfOf", null);
        body.put("purpose", "Knowledge-sharing workshop on voter registration");
        body.put("topics", List.of("VOTERS_LIST"));
        body.put("preferredFrom", "2027-03-08");
        body.put("preferredTo", "2027-03-12");
        body.put("delegationSize", 16);
        body.put("languages", List.of("en"));
        body.put("interpretationNeeds", null);
        body.put("accessibilityNeeds", null);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    UUID submit(Map<String, Object> body) {
        var response = api.postJson("/api/v1/visits", officer(), body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    ApiClient.Response triage(UUID id, String decision, String reason, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        body.put("from", from);
        body.put("to", to);
        return api.postJson("/api/v1/visits/" + id + "/triage", officer(), body);
    }

    public UUID accepted(Map<String, Object> body) {
        UUID id = submit(body);
        var accepted = triage(id, "ACCEPT", null, null, null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return id;
    }

    public ApiClient.Response tailor(UUID id) {
        var response = api.postJson("/api/v1/visits/" + id + "/programme/tailor", officer(), "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    ApiClient.Response schedule(UUID id, String start) {
        return api.postJson("/api/v1/visits/" + id + "/schedule", officer(), Map.of("start", start));
    }

    ApiClient.Response put(String path, Object body) {
        return api.send("PUT", path, officer(), "application/json",
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    void addMember(UUID id, String name, String title, String organisation, String role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", name);
        m.put("title", title);
        m.put("organisation", organisation);
        m.put("country", "JM");
        m.put("role", role);
        var response = api.postJson("/api/v1/visits/" + id + "/members", officer(), m);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
