package kr.tupyo.visits.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Visits received (accepted or completed) per year, and for one year (or all years) by partner
 * type, region and topic. A visit counts in the year it takes place: its start, else its first
 * preferred day.
 */
@Service
public class VisitStatistics {

    public record Count(String key, long visits, long guests) {
    }

    public record Breakdown(Integer year, List<Count> byYear, List<Count> byPartnerType, List<Count> byRegion,
                            List<Count> byTopic) {

        public Map<String, List<Count>> dimensions() {
            Map<String, List<Count>> all = new LinkedHashMap<>();
            all.put("year", byYear);
            all.put("partnerType", byPartnerType);
            all.put("region", byRegion);
            all.put("topic", byTopic);
            return all;
        }
    }

    private static final String HELD = """
            WITH held AS (
                SELECT v.*, extract(year FROM coalesce(v.starts_at AT TIME ZONE 'Asia/Seoul', v.preferred_from))::int AS yr,
                       coalesce(p.region, 'OTHER') AS rgn
                FROM visits v LEFT JOIN visit_partners p ON p.id = v.partner_id
                WHERE v.status IN ('ACCEPTED', 'COMPLETED'))
            """;

    private final JdbcClient jdbc;

    VisitStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Breakdown of(Integer year) {
        String filter = year == null ? "" : " WHERE yr = " + year.intValue();
        return new Breakdown(year,
                counts(HELD + "SELECT yr::text AS k, count(*) AS n, sum(delegation_size) AS g FROM held GROUP BY yr ORDER BY yr"),
                counts(HELD + "SELECT partner_type AS k, count(*) AS n, sum(delegation_size) AS g FROM held" + filter
                        + " GROUP BY partner_type ORDER BY n DESC, k"),
                counts(HELD + "SELECT rgn AS k, count(*) AS n, sum(delegation_size) AS g FROM held" + filter
                        + " GROUP BY rgn ORDER BY n DESC, k"),
                counts(HELD + "SELECT t AS k, count(*) AS n, sum(delegation_size) AS g FROM held, unnest(topics) AS t"
                        + filter + " GROUP BY t ORDER BY n DESC, k"));
    }

    /** One line per dimension and key, RFC 4180, for a spreadsheet. */
    public String csv(Integer year) {
        StringBuilder out = new StringBuilder("dimension,key,visits,guests\r\n");
        of(year).dimensions().forEach((dimension, counts) -> counts.forEach(c -> out.append(dimension).append(',')
                .append(c.key()).append(',').append(c.visits()).append(',').append(c.guests()).append("\r\n")));
        return out.toString();
    }

    private List<Count> counts(String sql) {
        return jdbc.sql(sql).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("n"), rs.getLong("g"))).list();
    }
}
