package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a station's day report from the day's tables. */
@Component
class DayReports {

    private final JdbcClient jdbc;
    private final Identifications identifications;
    private final BallotSerials serials;
    private final ElectionContests contests;
    private final StationDays days;

    DayReports(JdbcClient jdbc, Identifications identifications, BallotSerials serials, ElectionContests contests,
               StationDays days) {
        this.jdbc = jdbc;
        this.identifications = identifications;
        this.serials = serials;
        this.contests = contests;
        this.days = days;
    }

    DayReport of(StationContext at) {
        var election = at.election().id();
        var station = at.station().code();
        var day = days.find(election, station, at.day());
        Map<String, Long> identified = identifications.countByStatus(election, station, at.day());
        var totals = jdbc.sql("""
                SELECT count(*) AS issued, count(*) FILTER (WHERE in_district) AS in_district,
                       count(*) FILTER (WHERE NOT in_district) AS out_district,
                       count(*) FILTER (WHERE envelope_printed) AS labels, count(*) FILTER (WHERE signed) AS signed
                FROM ev_issuances WHERE election_id = ? AND station_code = ? AND day = ?""")
                .params(election.value(), station.value(), at.day())
                .query((rs, n) -> new long[] {rs.getLong("issued"), rs.getLong("in_district"), rs.getLong("out_district"),
                        rs.getLong("labels"), rs.getLong("signed")})
                .single();
        long spoils = jdbc.sql("SELECT count(*) FROM ev_spoils WHERE election_id = ? AND station_code = ? AND day = ?")
                .params(election.value(), station.value(), at.day()).query(Long.class).single();
        Map<UUID, Long> spoiled = perContest("""
                SELECT contest_id, count(*) FROM ev_voided_serials WHERE election_id = ? AND station_code = ? AND day = ?
                GROUP BY contest_id""", at);
        Map<UUID, Long> holding = perContest("""
                SELECT c, count(*) FROM ev_issuances, unnest(contest_ids) AS c
                WHERE election_id = ? AND station_code = ? AND day = ? AND NOT ballots_printable GROUP BY c""", at);
        List<DayReport.ContestBallots> ballots = new ArrayList<>();
        List<DayReport.Check> checks = new ArrayList<>();
        long spoiledTotal = 0;
        for (var entry : serials.printedPerContest(at).entrySet()) {
            UUID contest = entry.getKey();
            long printed = entry.getValue();
            long void_ = spoiled.getOrDefault(contest, 0L);
            long holders = holding.getOrDefault(contest, 0L);
            spoiledTotal += void_;
            String title = contests.all(election, List.of(new ContestId(contest))).stream().findFirst()
                    .map(Contest::ballotTitle).orElse(contest.toString());
            ballots.add(new DayReport.ContestBallots(contest, title, printed, void_, printed - void_, holders));
            checks.add(new DayReport.Check("printed − spoiled = voters holding ballots: " + title, printed - void_, holders,
                    printed - void_ == holders));
        }
        long identifiedTotal = identified.values().stream().mapToLong(Long::longValue).sum();
        checks.add(0, new DayReport.Check("in-district + out-of-district = issued", totals[1] + totals[2], totals[0],
                totals[1] + totals[2] == totals[0]));
        checks.add(1, new DayReport.Check("signatures = issued", totals[4], totals[0], totals[4] == totals[0]));
        checks.add(2, new DayReport.Check("envelope labels ≤ out-of-district", totals[3], totals[2], totals[3] <= totals[2]));
        checks.add(3, new DayReport.Check("issued ≤ identified eligible", totals[0], identified.getOrDefault("ELIGIBLE", 0L),
                totals[0] <= identified.getOrDefault("ELIGIBLE", 0L)));
        boolean balanced = checks.stream().allMatch(DayReport.Check::holds);
        return new DayReport(election.toString(), station.value(), at.station().name(), at.day(),
                day.map(StationDay::openedAt).orElse(null), day.map(StationDay::closedAt).orElse(null), identified,
                identifiedTotal, totals[0], totals[1], totals[2], totals[3], ballots, spoils, spoiledTotal, totals[4],
                checks, balanced);
    }

    private Map<UUID, Long> perContest(String sql, StationContext at) {
        Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql).params(at.election().id().value(), at.station().code().value(), at.day())
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }
}
