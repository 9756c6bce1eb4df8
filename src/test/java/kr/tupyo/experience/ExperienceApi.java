package kr.tupyo.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Readable steps of the experience room's API for tests, and the demo numbers read back from the database. */
final class ExperienceApi {

    static final String SESSIONS = "/api/v1/experience/sessions";

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    ExperienceApi(ApiClient api, JdbcClient jdbc, PersonalDataProtection protection) {
        this.api = api;
        this.jdbc = jdbc;
        this.protection = protection;
    }

    String officer() {
        return api.tokenFor(Role.VISITS_OFFICER);
    }

    UUID session(String scenario, int guests) {
        var response = api.postJson(SESSIONS, officer(),
                Map.of("scenario", scenario, "title", "Test delegation " + UUID.randomUUID(), "guests", guests, "language", "en"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    /** The session's demo numbers in clear, in voter order (the last one is the blocked voter). */
    List<String> numbers(UUID session) {
        return jdbc.sql("SELECT number_encrypted FROM xp_voters WHERE session_id = ? ORDER BY seq").param(session)
                .query((rs, n) -> protection.decrypt(rs.getBytes(1))).list();
    }

    ApiClient.Response identify(UUID session, String station, String number) {
        return api.postJson(SESSIONS + "/" + session + "/identifications", officer(), Map.of("station", station, "number", number));
    }

    JsonNode identified(UUID session, String station, String number) {
        var response = identify(session, station, number);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    ApiClient.Response issue(UUID session, String identificationId, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identificationId", identificationId);
        body.put("signature", signature());
        HttpRequest.Builder request = api.request(SESSIONS + "/" + session + "/issuances", officer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(tools.jackson.databind.json.JsonMapper.builder().build()
                        .writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    ApiClient.Response get(String path) {
        return api.get(path, officer());
    }

    ApiClient.Response post(String path) {
        return api.postJson(path, officer(), "");
    }

    JsonNode stats(UUID session) {
        var response = get(SESSIONS + "/" + session + "/stats");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** A small PNG with a stroke, as the kiosk's pad sends it. */
    static String signature() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(5, 30, 110, 8);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
