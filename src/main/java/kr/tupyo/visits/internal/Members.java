package kr.tupyo.visits.internal;

import java.util.List;
import java.util.UUID;
import kr.tupyo.visits.MemberRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Delegation members; the head first, then in the order they were entered. */
@Repository
public class Members {

    private static final RowMapper<Member> MEMBER = (rs, n) -> new Member(rs.getObject("id", UUID.class),
            rs.getInt("position"), rs.getString("full_name"), rs.getString("title"), rs.getString("organisation"),
            rs.getString("country"), MemberRole.valueOf(rs.getString("role")), rs.getString("dietary_notes"),
            rs.getString("accessibility_notes"), rs.getString("name_card_spelling"));

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID visitId, Member m) {
        return jdbc.sql("""
                INSERT INTO visit_members (visit_id, position, full_name, title, organisation, country, role,
                    dietary_notes, accessibility_notes, name_card_spelling)
                VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM visit_members WHERE visit_id = ?),
                        ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(visitId, visitId, m.fullName(), m.title(), m.organisation(), m.country(), m.role().name(),
                        m.dietaryNotes(), m.accessibilityNotes(), m.nameCardSpelling())
                .query(UUID.class).single();
    }

    boolean remove(UUID visitId, UUID memberId) {
        return jdbc.sql("DELETE FROM visit_members WHERE visit_id = ? AND id = ?").params(visitId, memberId).update() == 1;
    }

    public List<Member> of(UUID visitId) {
        return jdbc.sql("""
                SELECT * FROM visit_members WHERE visit_id = ?
                ORDER BY CASE role WHEN 'HEAD' THEN 0 ELSE 1 END, position""")
                .param(visitId).query(MEMBER).list();
    }
}
