package kr.tupyo.roll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tupyo.election.Contest;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.registry.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Statistics of a voters list per 시도, 시군구, 읍면동, precinct or district, from the tallies; CSV export. */
@Service
public class RollStatistics {

    static final List<String> AGE_COLUMNS = AgeBands.BANDS.subList(1, AgeBands.BANDS.size());

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final Contests contests;
    private final RollPrecincts precincts;

    RollStatistics(JdbcClient jdbc, Divisions divisions, Contests contests, RollPrecincts precincts) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.contests = contests;
        this.precincts = precincts;
    }

    public List<StatisticsRow> at(Election election, StatisticsLevel level) {
        StringBuilder sql = new StringBuilder("SELECT ").append(level.key()).append(" AS code, sum(t.people) AS voters, ")
                .append("sum(t.people) FILTER (WHERE t.sex = 'M') AS male, sum(t.people) FILTER (WHERE t.sex = 'F') AS female, ");
        for (int i = 0; i < AGE_COLUMNS.size(); i++) {
            sql.append("sum(t.people) FILTER (WHERE t.age_band = '").append(AGE_COLUMNS.get(i)).append("') AS a").append(i).append(", ");
        }
        sql.append("""
                sum(t.people) FILTER (WHERE t.residence_type = 'DOMESTIC') AS domestic,
                sum(t.people) FILTER (WHERE t.residence_type = 'OVERSEAS_REGISTERED') AS overseas,
                sum(t.people) FILTER (WHERE t.residence_type = 'FOREIGN_RESIDENT') AS foreign_residents
                FROM roll_tallies t
                """);
        if (level == StatisticsLevel.DISTRICT) {
            sql.append("""
                    JOIN roll_emd_contests c ON c.election_id = t.election_id AND c.emd_code = t.emd_code
                                            AND c.constituency_vote = t.constituency_vote
                    CROSS JOIN LATERAL unnest(c.contest_ids) AS d(contest_id)
                    """);
        }
        sql.append(" WHERE t.election_id = ? AND t.exclusion IS NULL GROUP BY 1 ORDER BY 1");
        Map<String, String> names = names(election, level);
        return jdbc.sql(sql.toString()).param(election.id().value()).query((rs, n) -> {
            List<Long> ages = new ArrayList<>();
            for (int i = 0; i < AGE_COLUMNS.size(); i++) {
                ages.add(rs.getLong("a" + i));
            }
            String code = rs.getString("code");
            return new StatisticsRow(code, names.getOrDefault(code, ""), rs.getLong("voters"), rs.getLong("male"),
                    rs.getLong("female"), ages, rs.getLong("domestic"), rs.getLong("overseas"), rs.getLong("foreign_residents"));
        }).list();
    }

    private Map<String, String> names(Election election, StatisticsLevel level) {
        Map<String, String> names = new HashMap<>();
        switch (level) {
            case SIDO -> divisions.sidos().forEach(s -> names.put(s.code(), s.name()));
            case SIGUNGU -> divisions.sigungus().forEach(s -> names.put(s.code(), s.name()));
            case EMD -> divisions.allEmds(election.calendar().referenceDate()).forEach(d -> names.put(d.emdCode(), d.fullName()));
            case PRECINCT -> precincts.of(election.id()).forEach(p -> names.put(Long.toString(p.id()), p.name()));
            case DISTRICT -> contests.of(election.id()).forEach(c -> names.put(c.id().toString(), contestName(c)));
        }
        return names;
    }

    private static String contestName(Contest c) {
        return c.name();
    }

    public void csv(Election election, StatisticsLevel level, Writer out) {
        try {
            out.write("level,code,name,voters,male,female," + String.join(",", AGE_COLUMNS)
                    + ",domestic,overseas_registered,foreign_resident\n");
            for (StatisticsRow r : at(election, level)) {
                StringBuilder line = new StringBuilder().append(level).append(',').append(r.code()).append(',')
                        .append(Csv.field(r.name())).append(',').append(r.voters()).append(',').append(r.male()).append(',')
                        .append(r.female());
                r.byAgeBand().forEach(a -> line.append(',').append(a));
                line.append(',').append(r.domestic()).append(',').append(r.overseas()).append(',').append(r.foreign()).append('\n');
                out.write(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
