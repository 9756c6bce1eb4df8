package kr.tupyo.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.platform.PublicPaths;
import kr.tupyo.turnout.TurnoutError;
import kr.tupyo.turnout.internal.Boundaries;
import kr.tupyo.turnout.internal.StationArea;
import kr.tupyo.turnout.internal.StationLoad;
import kr.tupyo.turnout.internal.TurnoutElections;
import kr.tupyo.turnout.internal.TurnoutFigures;
import kr.tupyo.turnout.internal.TurnoutSnapshot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data turnout API (no sign-in): aggregates only — turnout per nation, 시도 and 시군구 as of
 * the last full hour, station load, and the map boundaries. Nothing here names or identifies a voter.
 */
@RestController
@Tag(name = "Open turnout data", description = "Public early-voting and election-day turnout (공개 투표율 자료), no sign-in, cacheable")
class PublicTurnoutApiController {

    static final Duration TURNOUT_MAX_AGE = Duration.ofSeconds(60);
    static final Duration LOAD_MAX_AGE = Duration.ofSeconds(30);
    static final Duration BOUNDARIES_MAX_AGE = Duration.ofHours(1);

    private final TurnoutElections elections;
    private final TurnoutFigures figures;
    private final StationLoad load;
    private final Boundaries boundaries;
    private final JsonMapper json;

    PublicTurnoutApiController(TurnoutElections elections, TurnoutFigures figures, StationLoad load, Boundaries boundaries,
                               JsonMapper json) {
        this.elections = elections;
        this.figures = figures;
        this.load = load;
        this.boundaries = boundaries;
        this.json = json;
    }

    record PublicElection(String id, String name, LocalDate electionDay, LocalDate earlyVotingFirst,
                          LocalDate earlyVotingLast) {
    }

    @GetMapping("/api/v1/public/turnout/elections")
    @PermitAll
    @Operation(summary = "Elections with turnout figures, newest election day first")
    ResponseEntity<List<PublicElection>> elections() {
        List<PublicElection> all = elections.all().stream()
                .sorted((a, b) -> b.electionDay().compareTo(a.electionDay()))
                .map(e -> new PublicElection(e.id().toString(), e.name(), e.electionDay(),
                        e.calendar().earlyVoting().first(), e.calendar().earlyVoting().last())).toList();
        return Cacheable.json(all, TURNOUT_MAX_AGE, json);
    }

    @GetMapping("/api/v1/public/turnout/elections/{id}")
    @PermitAll
    @Operation(summary = "Turnout as of the last full hour (Korea time): nation, 시도, 시군구 and the hourly curve. "
            + "Cache-Control: public, max-age=60; ETag")
    ResponseEntity<TurnoutSnapshot> turnout(@PathVariable UUID id) {
        return Cacheable.json(figures.published(elections.require(id)), TURNOUT_MAX_AGE, json);
    }

    @GetMapping("/api/v1/public/turnout/elections/{id}/stations")
    @PermitAll
    @Operation(summary = "Station load: arrivals in the last 15 minutes and an estimated wait per early-voting station, "
            + "quietest first (shortest wait, then fewest arrivals); ?area= narrows to one 시도 or 시군구 (422 "
            + "TURNOUT_INVALID_AREA otherwise). Cache-Control: public, max-age=30; ETag")
    ResponseEntity<List<StationLoad.Load>> stations(@PathVariable UUID id,
            @Parameter(description = "2-digit 시도 or 5-digit 시군구 code, e.g. 11 (서울) or 11110 (종로구); all stations without it")
            @RequestParam(required = false) String area) {
        return Cacheable.json(load.of(elections.require(id), StationArea.of(area)), LOAD_MAX_AGE, json);
    }

    @GetMapping(value = "/api/v1/public/turnout/boundaries", produces = "application/geo+json")
    @PermitAll
    @Operation(summary = "The 시군구 boundaries of the map (GeoJSON FeatureCollection, property sgg_code), as imported")
    ResponseEntity<byte[]> boundaries() {
        var stored = boundaries.current().orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_NO_BOUNDARIES));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(BOUNDARIES_MAX_AGE).cachePublic())
                .eTag("\"" + stored.sha256() + "\"").contentType(MediaType.parseMediaType("application/geo+json"))
                .body(stored.geojson().getBytes(StandardCharsets.UTF_8));
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicPaths turnoutPublicPaths() {
            return PublicPaths.of("/public/turnout", "/public/turnout/**", "/api/v1/public/turnout/**");
        }
    }
}
