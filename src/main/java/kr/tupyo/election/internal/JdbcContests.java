package kr.tupyo.election.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Ballot;
import kr.tupyo.election.BallotEntry;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.Contests;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.VoterContests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contests and ballot lines, and the resolver that reads them. */
@Repository
class JdbcContests implements Contests, ContestResolver {

    static final Comparator<Contest> BALLOT_ORDER = Comparator.<Contest, Integer>comparing(c -> c.kind().ordinal())
            .thenComparing(Contest::name);

    private final JdbcClient jdbc;

    JdbcContests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Contest> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM contests WHERE election_id = ?").param(election.value())
                .query(JdbcContests::contest).list().stream().sorted(BALLOT_ORDER).toList();
    }

    @Override
    public Optional<Contest> find(ContestId contest) {
        return jdbc.sql("SELECT * FROM contests WHERE id = ?").param(contest.value()).query(JdbcContests::contest).optional();
    }

    @Override
    public Optional<Ballot> ballot(ContestId contest) {
        return find(contest).map(c -> new Ballot(c.id(), c.kind(), c.ballotTitle(), entries(contest)));
    }

    List<BallotEntry> entries(ContestId contest) {
        return jdbc.sql("SELECT * FROM ballot_entries WHERE contest_id = ? ORDER BY number").param(contest.value())
                .query((rs, n) -> new BallotEntry(rs.getInt("number"), rs.getString("party"), rs.getString("candidate_name")))
                .list();
    }

    @Override
    public VoterContests resolve(ElectionId election, String emdCode, boolean constituencyVote) {
        return resolve(election, emdCode, constituencyVote, of(election));
    }

    @Override
    public Map<String, VoterContests> resolveEach(ElectionId election, Collection<String> emdCodes,
                                                  boolean constituencyVote) {
        List<Contest> all = of(election);
        Map<String, VoterContests> result = new LinkedHashMap<>();
        emdCodes.forEach(emd -> result.put(emd, resolve(election, emd, constituencyVote, all)));
        return result;
    }

    private static VoterContests resolve(ElectionId election, String emdCode, boolean constituencyVote,
                                         List<Contest> all) {
        if (!AreaCode.isEmdCode(emdCode)) {
            throw new IllegalArgumentException("a 읍면동 code has 10 digits: " + emdCode);
        }
        List<Contest> mine = all.stream()
                .filter(c -> c.covers(emdCode))
                .filter(c -> constituencyVote || !c.kind().isConstituencyVote())
                .toList();
        return new VoterContests(election, emdCode, mine, DistrictRules.smallest(emdCode, mine));
    }

    boolean insert(Contest c) {
        return jdbc.sql("""
                INSERT INTO contests (id, election_id, kind, name, ballot_title, areas) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(c.id().value(), c.election().value(), c.kind().name(), c.name(), c.ballotTitle(),
                        c.areas().stream().map(AreaCode::value).toArray(String[]::new))
                .update() == 1;
    }

    /** False when another contest of the same kind already has the name. */
    boolean rename(ContestId id, String name, String ballotTitle) {
        boolean taken = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM contests o JOIN contests c ON c.id = ?
                               WHERE o.election_id = c.election_id AND o.kind = c.kind AND o.name = ? AND o.id <> c.id)""")
                .params(id.value(), name).query(Boolean.class).single();
        return !taken && jdbc.sql("UPDATE contests SET name = ?, ballot_title = ? WHERE id = ?")
                .params(name, ballotTitle, id.value()).update() == 1;
    }

    boolean delete(ContestId id) {
        return jdbc.sql("DELETE FROM contests WHERE id = ?").param(id.value()).update() == 1;
    }

    boolean insertEntry(ContestId contest, BallotEntry e) {
        return jdbc.sql("""
                INSERT INTO ballot_entries (contest_id, number, party, candidate_name) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(contest.value(), e.number(), e.party(), e.candidateName()).update() == 1;
    }

    int nextNumber(ContestId contest) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM ballot_entries WHERE contest_id = ?")
                .param(contest.value()).query(Integer.class).single();
    }

    boolean deleteEntry(ContestId contest, int number) {
        return jdbc.sql("DELETE FROM ballot_entries WHERE contest_id = ? AND number = ?")
                .params(contest.value(), number).update() == 1;
    }

    private static Contest contest(ResultSet rs, int row) throws SQLException {
        Array areas = rs.getArray("areas");
        List<AreaCode> codes = Arrays.stream((String[]) areas.getArray()).map(AreaCode::new).toList();
        return new Contest(new ContestId(rs.getObject("id", UUID.class)), new ElectionId(rs.getObject("election_id", UUID.class)),
                ContestKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("ballot_title"), codes);
    }
}
