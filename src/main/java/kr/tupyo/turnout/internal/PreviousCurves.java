package kr.tupyo.turnout.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.TurnoutError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A previous election's cumulative early-voting curve, recorded for an election so the dashboard can
 * overlay it. Format (docs/formats/turnout-previous-curve.md): CSV with the header
 * {@code label,area_code,day_number,hour,voters,electors}; recording replaces the election's curve.
 */
@Service
public class PreviousCurves {

    static final String HEADER = "label,area_code,day_number,hour,voters,electors";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PreviousCurves(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Curve(String label, List<CurvePoint> points) {
    }

    @Transactional
    public int record(ElectionId election, InputStream csv) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals(HEADER)) {
                throw new ProblemException(TurnoutError.TURNOUT_INVALID_CURVE, 1, HEADER);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6 || !f[1].matches("[0-9]{2}|[0-9]{5}") || !f[2].matches("[1-9]")
                        || !f[3].matches("[0-9]{1,2}") || !f[4].matches("[0-9]{1,9}") || !f[5].matches("[1-9][0-9]{0,9}")
                        || f[0].isBlank() || Integer.parseInt(f[3]) > 24) {
                    throw new ProblemException(TurnoutError.TURNOUT_INVALID_CURVE, n, HEADER);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_CURVE, 2, HEADER);
        }
        jdbc.sql("DELETE FROM turnout_previous_curves WHERE election_id = ?").param(election.value()).update();
        for (String[] f : rows) {
            jdbc.sql("""
                    INSERT INTO turnout_previous_curves (election_id, label, area_code, day_number, hour, voters, electors)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (election_id, area_code, day_number, hour) DO UPDATE SET voters = excluded.voters,
                        electors = excluded.electors, label = excluded.label""")
                    .params(election.value(), f[0].trim(), f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            Long.parseLong(f[4]), Long.parseLong(f[5])).update();
        }
        audit.record(TurnoutAuditEvent.TURNOUT_PREVIOUS_CURVE_RECORDED, election.toString(), AuditOutcome.SUCCESS,
                Map.of("points", Integer.toString(rows.size()), "label", rows.getFirst()[0].trim()));
        return rows.size();
    }

    /** The national curve ('00'), in day and hour order; empty label and points when none is recorded. */
    public Curve national(ElectionId election) {
        List<CurvePoint> points = jdbc.sql("""
                SELECT area_code, day_number, hour, voters, electors FROM turnout_previous_curves
                WHERE election_id = ? AND area_code = '00' ORDER BY day_number, hour""")
                .param(election.value())
                .query((rs, n) -> new CurvePoint(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5), Percent.of(rs.getLong(4), rs.getLong(5))))
                .list();
        String label = jdbc.sql("SELECT min(label) FROM turnout_previous_curves WHERE election_id = ?")
                .param(election.value()).query(String.class).optional().orElse(null);
        return new Curve(label, points);
    }
}
