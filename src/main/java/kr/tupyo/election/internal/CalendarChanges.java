package kr.tupyo.election.internal;

import java.util.List;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of calendar edits. */
@Repository
class CalendarChanges {

    private final JdbcClient jdbc;

    CalendarChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(ElectionId election, CalendarField field, String oldValue, String newValue, String reason, String by) {
        jdbc.sql("""
                INSERT INTO election_calendar_changes (election_id, field, old_value, new_value, reason, changed_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(election.value(), field.name(), oldValue, newValue, reason, by).update();
    }

    List<CalendarChange> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM election_calendar_changes WHERE election_id = ? ORDER BY id DESC")
                .param(election.value())
                .query((rs, n) -> new CalendarChange(CalendarField.valueOf(rs.getString("field")),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
