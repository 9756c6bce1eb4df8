package kr.tupyo.turnout.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.TurnoutError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 시군구 boundaries for the choropleth map: a GeoJSON FeatureCollection whose features carry the 5-digit
 * {@code sgg_code} property (the format of kr-2022's sgg.geojson imports as is). Stored as text in the
 * database and served unchanged, so every instance serves the same bytes with the same ETag.
 */
@Service
public class Boundaries {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    Boundaries(JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    public record Imported(UUID id, String name, int features, String sha256) {
    }

    public record Stored(UUID id, String sha256, String geojson) {
    }

    @Transactional
    public Imported importGeoJson(String name, byte[] bytes, String by) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (RuntimeException e) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_BOUNDARIES, "not JSON");
        }
        if (!"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()
                || root.path("features").isEmpty()) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_BOUNDARIES, "a FeatureCollection with features");
        }
        int n = 0;
        for (JsonNode f : root.path("features")) {
            n++;
            String code = f.path("properties").path("sgg_code").asString("");
            String type = f.path("geometry").path("type").asString("");
            if (!code.matches("[0-9]{5}") || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
                throw new ProblemException(TurnoutError.TURNOUT_INVALID_BOUNDARIES,
                        "feature " + n + ": properties.sgg_code (5 digits) and a Polygon or MultiPolygon");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO turnout_boundaries (id, name, geojson, features, sha256, imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, text, n, sha, Timestamp.from(clock.instant()), by).update();
        audit.record(TurnoutAuditEvent.TURNOUT_BOUNDARIES_IMPORTED, id.toString(), AuditOutcome.SUCCESS,
                Map.of("features", Integer.toString(n), "sha256", sha, "name", name));
        return new Imported(id, name, n, sha);
    }

    /** The newest import's digest (cheap: for ETags). */
    public Optional<String> currentDigest() {
        return jdbc.sql("SELECT sha256 FROM turnout_boundaries ORDER BY imported_at DESC, id LIMIT 1")
                .query(String.class).optional();
    }

    public Optional<Stored> current() {
        return jdbc.sql("SELECT id, sha256, geojson FROM turnout_boundaries ORDER BY imported_at DESC, id LIMIT 1")
                .query((rs, i) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    }

    public static String sha256Of(byte[] bytes) {
        return sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
