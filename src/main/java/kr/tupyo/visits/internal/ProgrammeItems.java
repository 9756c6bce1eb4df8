package kr.tupyo.visits.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A visit's programme items, in order. */
@Repository
public class ProgrammeItems {

    private static final RowMapper<ProgrammeItem> ITEM = (rs, n) -> new ProgrammeItem(rs.getObject("id", UUID.class),
            rs.getInt("position"), rs.getString("kind"), rs.getString("title_en"), rs.getString("title_ko"),
            rs.getInt("minutes"), rs.getString("room_code"), rs.getObject("official_id", UUID.class),
            rs.getString("detail"), rs.getString("reason_en"), rs.getString("reason_ko"));

    private final JdbcClient jdbc;

    ProgrammeItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeItem> of(UUID visitId) {
        return jdbc.sql("SELECT * FROM visit_programme_items WHERE visit_id = ? ORDER BY position")
                .param(visitId).query(ITEM).list();
    }

    void replaceAll(UUID visitId, List<ProgrammeItem> items) {
        jdbc.sql("DELETE FROM visit_programme_items WHERE visit_id = ?").param(visitId).update();
        items.forEach(item -> insert(visitId, item));
    }

    void insert(UUID visitId, ProgrammeItem i) {
        jdbc.sql("""
                INSERT INTO visit_programme_items (id, visit_id, position, kind, title_en, title_ko, minutes, room_code,
                    official_id, detail, reason_en, reason_ko)
                VALUES (coalesce(?, gen_random_uuid()), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), visitId, i.position(), i.kind(), i.titleEn(), i.titleKo(), i.minutes(), i.roomCode(),
                        i.officialId(), i.detail(), i.reasonEn(), i.reasonKo())
                .update();
    }

    void setPosition(UUID itemId, int position) {
        jdbc.sql("UPDATE visit_programme_items SET position = ? WHERE id = ?").params(position, itemId).update();
    }

    void edit(UUID itemId, int minutes, String roomCode, UUID officialId) {
        jdbc.sql("UPDATE visit_programme_items SET minutes = ?, room_code = ?, official_id = ? WHERE id = ?")
                .params(minutes, roomCode, officialId, itemId).update();
    }

    boolean delete(UUID visitId, UUID itemId) {
        return jdbc.sql("DELETE FROM visit_programme_items WHERE visit_id = ? AND id = ?")
                .params(visitId, itemId).update() == 1;
    }
}
