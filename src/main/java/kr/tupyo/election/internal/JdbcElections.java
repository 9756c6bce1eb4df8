package kr.tupyo.election.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.DatePeriod;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionCalendar;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.election.Elections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The elections table, calendar included. */
@Repository
class JdbcElections implements Elections {

    private final JdbcClient jdbc;

    JdbcElections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Election> find(ElectionId id) {
        return jdbc.sql("SELECT * FROM elections WHERE id = ?").param(id.value()).query(JdbcElections::election).optional();
    }

    @Override
    public List<Election> all() {
        return jdbc.sql("SELECT * FROM elections ORDER BY election_day DESC, name").query(JdbcElections::election).list();
    }

    /** False when an election of that name on that day exists already. */
    boolean insert(Election e, String createdBy) {
        ElectionCalendar c = e.calendar();
        return jdbc.sql("""
                INSERT INTO elections (id, type, name, election_day, reference_date, compilation_first,
                    compilation_last, inspection_first, inspection_last, finalisation_date, early_voting_first,
                    early_voting_last, early_voting_opens, early_voting_closes, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, election_day) DO NOTHING""")
                .params(e.id().value(), e.type().name(), e.name(), c.electionDay(), c.referenceDate(),
                        c.compilation().first(), c.compilation().last(), c.inspection().first(), c.inspection().last(),
                        c.finalisationDate(), c.earlyVoting().first(), c.earlyVoting().last(), c.earlyVotingOpens(),
                        c.earlyVotingCloses(), createdBy)
                .update() == 1;
    }

    /** Locks the row so that two concurrent edits apply one after the other. */
    Optional<Election> findForUpdate(ElectionId id) {
        return jdbc.sql("SELECT * FROM elections WHERE id = ? FOR UPDATE").param(id.value())
                .query(JdbcElections::election).optional();
    }

    void updateCalendar(ElectionId id, ElectionCalendar c) {
        jdbc.sql("""
                UPDATE elections SET reference_date = ?, compilation_first = ?, compilation_last = ?,
                    inspection_first = ?, inspection_last = ?, finalisation_date = ?, early_voting_first = ?,
                    early_voting_last = ?, early_voting_opens = ?, early_voting_closes = ?
                WHERE id = ?""")
                .params(c.referenceDate(), c.compilation().first(), c.compilation().last(), c.inspection().first(),
                        c.inspection().last(), c.finalisationDate(), c.earlyVoting().first(), c.earlyVoting().last(),
                        c.earlyVotingOpens(), c.earlyVotingCloses(), id.value())
                .update();
    }

    private static Election election(ResultSet rs, int row) throws SQLException {
        ElectionCalendar calendar = new ElectionCalendar(date(rs, "election_day"), date(rs, "reference_date"),
                new DatePeriod(date(rs, "compilation_first"), date(rs, "compilation_last")),
                new DatePeriod(date(rs, "inspection_first"), date(rs, "inspection_last")),
                date(rs, "finalisation_date"),
                new DatePeriod(date(rs, "early_voting_first"), date(rs, "early_voting_last")),
                rs.getObject("early_voting_opens", LocalTime.class), rs.getObject("early_voting_closes", LocalTime.class));
        return new Election(new ElectionId(rs.getObject("id", UUID.class)), ElectionType.valueOf(rs.getString("type")),
                rs.getString("name"), calendar);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
