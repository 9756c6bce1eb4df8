package kr.tupyo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role. Each handler of tupyo must declare who may call it
 * ({@code @RolesAllowed} or {@code @PermitAll}); then every API endpoint is called with a token of
 * every role (and with none), and every page with a signed-in session of every role, and the answer
 * must match the declaration: 401 without credentials, 403 {@code ACCESS_DENIED} for a role not
 * named, anything but 401/403 for a role named (403 {@code OTHER_STATION} / {@code OTHER_PRECINCT}
 * mean "the role may, but not for that station / precinct"). Station staff are bound to a station and
 * precinct officials to a precinct that the dummy path values never name.
 */
@TupyoIntegrationTest
class AccessMatrixIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    kr.tupyo.identity.internal.StaffTokens tokens;

    /** The precinct the matrix's precinct officials are bound to: not the dummy id of any path. */
    private static final long MATRIX_PRECINCT = 123_456_789L;
    private final Map<Role, String> tokenOf = new java.util.EnumMap<>(Role.class);

    record Endpoint(RequestMethod method, String path, HandlerMethod handler, Set<Role> allowed, boolean open,
                    boolean multipart) {
        @Override
        public String toString() {
            return method + " " + path + " (" + handler.getShortLogMessage() + ")";
        }
    }

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = tupyoHandlers().entrySet().stream()
                .filter(e -> declaration(e.getValue()) == null)
                .map(e -> e.getValue().getShortLogMessage())
                .toList();
        assertThat(undeclared).as("handlers without @RolesAllowed or @PermitAll").isEmpty();
    }

    @Test
    void apiEndpointsAnswerEveryRoleAsDeclared() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.path().startsWith("/api/")) {
                continue;
            }
            check(wrong, endpoint, null, call(endpoint, null));
            for (Role role : Role.values()) {
                check(wrong, endpoint, role, call(endpoint, token(role)));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void pagesAnswerEveryRoleAsDeclared() {
        List<String> wrong = new ArrayList<>();
        Map<Role, String> sessions = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            sessions.put(role, signIn(role));
        }
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().startsWith("/api/") || endpoint.method() != RequestMethod.GET || endpoint.open()) {
                continue;
            }
            var anonymous = api.send(api.request(concrete(endpoint), null).GET());
            if (anonymous.status() != 302 || !String.valueOf(anonymous.header("Location")).endsWith("/login")) {
                wrong.add(endpoint + " anonymous → " + anonymous.status() + " (expected redirect to sign-in)");
            }
            for (Role role : Role.values()) {
                var response = api.send(api.request(concrete(endpoint), null).header("Cookie", sessions.get(role)).GET());
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed == (response.status() == 403 || response.status() == 401)) {
                    wrong.add(endpoint + " as " + role + " → " + response.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, Endpoint endpoint, Role role, ApiClient.Response response) {
        int status = response.status();
        String code = response.problemCode();
        if (endpoint.open()) {
            if (status == 401 || (status == 403 && "ACCESS_DENIED".equals(code))) {
                wrong.add(endpoint + " is public but answered " + role + " with " + status);
            }
        } else if (role == null) {
            if (status != 401 || !"UNAUTHENTICATED".equals(code)) {
                wrong.add(endpoint + " without credentials → " + status + " " + code);
            }
        } else if (endpoint.allowed().contains(role)) {
            if (status == 401 || (status == 403 && !"OTHER_STATION".equals(code) && !"OTHER_PRECINCT".equals(code))) {
                wrong.add(endpoint + " should allow " + role + " but answered " + status + " " + code);
            }
        } else if (status != 403 || !"ACCESS_DENIED".equals(code)) {
            wrong.add(endpoint + " should refuse " + role + " but answered " + status + " " + code);
        }
    }

    /** A body of the type the endpoint consumes (an empty JSON object, or a one-part multipart form). */
    private ApiClient.Response call(Endpoint endpoint, String token) {
        HttpRequest.Builder request = api.request(concrete(endpoint), token);
        return switch (endpoint.method()) {
            case GET -> api.send(request.GET());
            case DELETE -> api.send(request.DELETE());
            default -> endpoint.multipart()
                    ? api.send(request.header("Content-Type", "multipart/form-data; boundary=matrix")
                    .method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString(
                            "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                                    + "Content-Type: text/csv\r\n\r\nx\r\n--matrix--\r\n")))
                    : api.send(request.header("Content-Type", "application/json")
                    .method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString("{}")));
        };
    }

    /** Path variables get harmless values of their declared type: nothing they name exists. */
    private static String concrete(Endpoint endpoint) {
        Matcher m = VARIABLE.matcher(endpoint.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, dummyFor(endpoint.handler(), m.group(1)));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static String dummyFor(HandlerMethod handler, String variable) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
            if (annotation == null) {
                continue;
            }
            String name = !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
            if (variable.equals(name)) {
                Class<?> type = parameter.getParameterType();
                if (type == UUID.class) {
                    return UUID.randomUUID().toString();
                }
                if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
                    return "987654321";
                }
            }
        }
        return "no-such-thing";
    }

    /** A token of the role (bound to the matrix's station or precinct when the role is bound). */
    private String token(Role role) {
        return tokenOf.computeIfAbsent(role, r -> r.isPrecinctBound()
                ? tokens.create("matrix-" + UUID.randomUUID(), r, null, MATRIX_PRECINCT, "test").token()
                : api.tokenFor(r));
    }

    private String signIn(Role role) {
        String username = "matrix-" + role.name().toLowerCase().replace('_', '-');
        String password = "matrix-password-" + role;
        accounts.create(username, null, role, role.isStationBound() ? "MATRIX-STATION" : null,
                role.isPrecinctBound() ? MATRIX_PRECINCT : null, password);
        var page = api.get("/login", null);
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        var signedIn = api.send(api.request("/login", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1))));
        assertThat(signedIn.status()).as("sign-in of " + role).isEqualTo(302);
        return signedIn.header("Set-Cookie").split(";")[0];
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        tupyoHandlers().forEach((info, handler) -> {
            Object declaration = declaration(handler);
            boolean open = declaration instanceof PermitAll;
            Set<Role> allowed = declaration instanceof RolesAllowed roles
                    ? new LinkedHashSet<>(Arrays.stream(roles.value()).map(Role::valueOf).toList()) : Set.of();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (path.equals("/error")) {
                    continue;
                }
                boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(org.springframework.http.MediaType.MULTIPART_FORM_DATA::includes)
                        || Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType()
                        == org.springframework.web.multipart.MultipartFile.class);
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method, path, handler, allowed, open, multipart));
                }
            }
        });
        assertThat(endpoints).as("the matrix found the endpoints").hasSizeGreaterThan(10);
        return endpoints;
    }

    private Map<RequestMappingInfo, HandlerMethod> tupyoHandlers() {
        Map<RequestMappingInfo, HandlerMethod> mine = new java.util.LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("kr.tupyo")) {
                mine.put(info, handler);
            }
        });
        return mine;
    }

    private static Object declaration(HandlerMethod handler) {
        Method method = handler.getMethod();
        for (Class<? extends java.lang.annotation.Annotation> type : List.of(RolesAllowed.class, PermitAll.class)) {
            Object found = AnnotatedElementUtils.findMergedAnnotation(method, type);
            if (found != null) {
                return found;
            }
        }
        for (Class<? extends java.lang.annotation.Annotation> type : List.of(RolesAllowed.class, PermitAll.class)) {
            Object found = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
