package kr.tupyo.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffTokens;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running test server over real HTTP (so that filters, error pages and problem+json
 * are exercised as a client sees them), with tokens minted for any role.
 */
@TestComponent
public class ApiClient {

    private final Environment environment;
    private final StaffTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokenCache = new LinkedHashMap<>();

    public ApiClient(Environment environment, StaffTokens tokens) {
        this.environment = environment;
        this.tokens = tokens;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    /** A fresh (cached per role and station) API token with that role. */
    public String tokenFor(Role role, String stationCode) {
        return tokenCache.computeIfAbsent(role + "/" + stationCode,
                k -> tokens.create("test-" + UUID.randomUUID(), role, stationCode, "test").token());
    }

    public String tokenFor(Role role) {
        return tokenFor(role, role.isStationBound() ? "TEST-STATION" : null);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response postJson(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body))));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, token).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** The CSRF token a server-rendered form carries. */
    public static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /**
     * Signs in through the sign-in form, as a browser does (its CSRF token included), and returns the
     * session cookie ({@code NAME=value}) to send with page requests.
     */
    public String signIn(String username, String password) {
        Response login = get("/login", null);
        String cookie = login.header("Set-Cookie").split(";")[0];
        var csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new AssertionError("the sign-in form carries no CSRF token");
        }
        Response signedIn = send(request("/login", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + csrf.group(1))));
        if (signedIn.status() != 302) {
            throw new AssertionError("sign-in of " + username + " answered " + signedIn);
        }
        String session = signedIn.header("Set-Cookie"); // a new session id after sign-in (fixation protection)
        return session != null ? session.split(";")[0] : cookie;
    }

    /**
     * Posts a public form as an anonymous browser does: the page that shows the form first (for its session cookie and
     * CSRF token), then the fields, URL-encoded, to {@code postPath}.
     */
    public Response postPublicForm(String pagePath, String postPath, Map<String, String> fields) {
        Response page = get(pagePath, null);
        if (page.status() != 200) {
            throw new AssertionError(pagePath + " answered " + page);
        }
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError(pagePath + " carries no CSRF token");
        }
        StringBuilder body = new StringBuilder("_csrf=" + csrf.group(1));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(request(postPath, null).header("Cookie", page.header("Set-Cookie").split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with helpers for JSON and problem bodies. */
    public record Response(HttpResponse<byte[]> raw, JsonMapper mapper) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public JsonNode json() {
            return mapper.readTree(body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The problem+json {@code code}, or null when the body is not a problem. */
        public String problemCode() {
            String type = header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return null;
            }
            return json().path("code").asString();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
