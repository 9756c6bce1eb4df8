package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every HTTP API endpoint of the visits desk, the experience room and turnout (the open turnout data
 * included) is in the OpenAPI description at {@code /v3/api-docs}, with a summary and a tag: the
 * handlers are read from Spring's own mappings, so an endpoint added without {@code @Operation} fails
 * here.
 */
@TupyoIntegrationTest
class ApiDescriptionIT {

    private static final List<String> PREFIXES = List.of("/api/v1/visits", "/api/v1/experience", "/api/v1/turnout",
            "/api/v1/public/turnout");

    @Autowired
    ApiClient api;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointOfTheDeskTheRoomAndTurnoutIsDescribedWithASummaryAndATag() {
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (PREFIXES.stream().noneMatch(path::startsWith)) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String key = method + " " + path;
                    checked.add(key);
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(key + ": not in /v3/api-docs");
                    } else if (operation.path("summary").asString("").isBlank()) {
                        missing.add(key + ": no summary");
                    } else if (operation.path("tags").isEmpty()) {
                        missing.add(key + ": no tag");
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(checked).as("the endpoints named by issues #6 and #7 are among those checked").contains(
                "POST /api/v1/visits", "POST /api/v1/visits/{id}/triage", "POST /api/v1/visits/{id}/programme/tailor",
                "POST /api/v1/visits/{id}/schedule", "GET /api/v1/visits/officials/{officialId}/calendar.ics",
                "POST /api/v1/visits/{id}/gifts", "GET /api/v1/visits/{id}/documents/{kind}", "PUT /api/v1/visits/{id}/report",
                "GET /api/v1/visits/statistics.csv", "POST /api/v1/experience/sessions",
                "GET /api/v1/turnout/elections/{id}/live", "GET /api/v1/public/turnout/elections/{id}",
                "GET /api/v1/public/turnout/elections/{id}/stations", "GET /api/v1/turnout/elections/{id}/reconciliation",
                "POST /api/v1/turnout/elections/{id}/lists", "GET /api/v1/turnout/list-jobs/{job}/files/{precinctId}.{format}",
                "POST /api/v1/turnout/elections/{id}/election-day/entries");
    }
}
