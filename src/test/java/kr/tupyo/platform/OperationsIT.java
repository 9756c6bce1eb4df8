package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What operators and integrators rely on: health, metrics, the OpenAPI description, the KRDS assets. */
@TupyoIntegrationTest
class OperationsIT {

    @Autowired
    ApiClient api;

    @Test
    void healthAndReadinessAreOpenToTheLoadBalancer() {
        var health = api.get("/actuator/health/readiness", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsNeedAnAdministratorOrObserverToken() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", api.tokenFor(Role.STATION_OPERATOR)).status()).isEqualTo(403);
        var metrics = api.get("/actuator/prometheus", api.tokenFor(Role.OBSERVER));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDescriptionListsTheApiWithBearerAuthentication() {
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        var json = docs.json();
        assertThat(json.path("paths").has("/api/v1/tokens")).isTrue();
        assertThat(json.path("paths").has("/api/v1/audit/verify")).isTrue();
        assertThat(json.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void theDesignSystemIsServedFromTheJar() {
        var css = api.get("/vendor/krds/cdn/krds.min.css", null);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).doesNotContain("https://www.krds.go.kr");
        assertThat(api.get("/vendor/krds/img/component/icon/ico_angle.svg", null).status()).isEqualTo(200);
        assertThat(api.get("/vendor/krds/cdn/krds.min.js", null).status()).isEqualTo(200);
    }
}
