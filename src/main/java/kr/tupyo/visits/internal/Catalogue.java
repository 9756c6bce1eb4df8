package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.visits.RoomKind;
import kr.tupyo.visits.Topic;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The desk's reference data: officials, rooms, demonstrations and introductory videos.
 * {@link #officials()} and {@link #rooms()} are what may be proposed and booked (serving officials,
 * open rooms); the {@code all...} variants include retired and closed ones, for showing history.
 */
@Repository
public class Catalogue {

    private static final RowMapper<Official> OFFICIAL = (rs, n) -> new Official(rs.getObject("id", UUID.class),
            rs.getString("name_en"), rs.getString("name_ko"), rs.getString("title_en"), rs.getString("title_ko"),
            rs.getString("department"), rs.getString("email"),
            Visits.strings(rs, "topics").stream().map(Topic::valueOf).toList(), Visits.strings(rs, "languages"),
            rs.getBoolean("is_default"), rs.getTimestamp("retired_at") != null);
    private static final RowMapper<Room> ROOM = (rs, n) -> new Room(rs.getString("code"), rs.getString("name_en"),
            rs.getString("name_ko"), RoomKind.valueOf(rs.getString("kind")), rs.getInt("capacity"), rs.getBoolean("active"));
    private static final RowMapper<Demonstration> DEMONSTRATION = (rs, n) -> new Demonstration(rs.getString("code"),
            rs.getString("name_en"), rs.getString("name_ko"),
            Visits.strings(rs, "topics").stream().map(Topic::valueOf).toList(), rs.getInt("minutes"),
            rs.getBoolean("is_default"));

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serving officials: the ones tailoring may propose and a programme may book. */
    public List<Official> officials() {
        return jdbc.sql("SELECT * FROM visit_officials WHERE retired_at IS NULL ORDER BY name_en").query(OFFICIAL).list();
    }

    /** Every official, retired ones included (past visits still name them). */
    public List<Official> allOfficials() {
        return jdbc.sql("SELECT * FROM visit_officials ORDER BY retired_at IS NOT NULL, name_en").query(OFFICIAL).list();
    }

    public Optional<Official> official(UUID id) {
        return jdbc.sql("SELECT * FROM visit_officials WHERE id = ?").param(id).query(OFFICIAL).optional();
    }

    /** Open rooms: the ones a programme may use. */
    public List<Room> rooms() {
        return jdbc.sql("SELECT * FROM visit_rooms WHERE active ORDER BY code").query(ROOM).list();
    }

    /** Every room, closed ones included. */
    public List<Room> allRooms() {
        return jdbc.sql("SELECT * FROM visit_rooms ORDER BY NOT active, code").query(ROOM).list();
    }

    public Optional<Room> room(String code) {
        return jdbc.sql("SELECT * FROM visit_rooms WHERE code = ?").param(code).query(ROOM).optional();
    }

    public List<Demonstration> demonstrations() {
        return jdbc.sql("SELECT * FROM visit_demonstrations ORDER BY code").query(DEMONSTRATION).list();
    }

    public List<IntroVideo> introVideos() {
        return jdbc.sql("SELECT * FROM visit_intro_videos ORDER BY language")
                .query((rs, n) -> new IntroVideo(rs.getString("language"), rs.getString("title"), rs.getInt("minutes")))
                .list();
    }

    public UUID addOfficial(Official o) {
        return jdbc.sql("""
                INSERT INTO visit_officials (name_en, name_ko, title_en, title_ko, department, email, topics, languages)
                VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::text[]) RETURNING id""")
                .params(o.nameEn(), o.nameKo(), o.titleEn(), o.titleKo(), o.department(), o.email(),
                        Visits.pgArray(o.topics().stream().map(Enum::name).toList()), Visits.pgArray(o.languages()))
                .query(UUID.class).single();
    }

    /** Changes an official's names, titles, department, e-mail, portfolio and languages; false when unknown. */
    boolean updateOfficial(Official o) {
        return jdbc.sql("""
                UPDATE visit_officials SET name_en = ?, name_ko = ?, title_en = ?, title_ko = ?, department = ?, email = ?,
                    topics = ?::text[], languages = ?::text[] WHERE id = ?""")
                .params(o.nameEn(), o.nameKo(), o.titleEn(), o.titleKo(), o.department(), o.email(),
                        Visits.pgArray(o.topics().stream().map(Enum::name).toList()), Visits.pgArray(o.languages()), o.id())
                .update() == 1;
    }

    /** Retires a serving official; false when unknown or retired already. */
    boolean retireOfficial(UUID id, java.time.Instant at) {
        return jdbc.sql("UPDATE visit_officials SET retired_at = ?, is_default = false WHERE id = ? AND retired_at IS NULL")
                .params(java.sql.Timestamp.from(at), id).update() == 1;
    }

    /** Adds a room; false when the code is taken. */
    boolean addRoom(Room r) {
        return jdbc.sql("""
                INSERT INTO visit_rooms (code, name_en, name_ko, kind, capacity) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""")
                .params(r.code(), r.nameEn(), r.nameKo(), r.kind().name(), r.capacity()).update() == 1;
    }

    boolean updateRoom(Room r) {
        return jdbc.sql("UPDATE visit_rooms SET name_en = ?, name_ko = ?, kind = ?, capacity = ? WHERE code = ?")
                .params(r.nameEn(), r.nameKo(), r.kind().name(), r.capacity(), r.code()).update() == 1;
    }

    /** Locks the room's row so that a capacity change and a booking check do not interleave. */
    Optional<Room> lockRoom(String code) {
        return jdbc.sql("SELECT * FROM visit_rooms WHERE code = ? FOR UPDATE").param(code).query(ROOM).optional();
    }

    boolean closeRoom(String code) {
        return jdbc.sql("UPDATE visit_rooms SET active = false WHERE code = ? AND active").param(code).update() == 1;
    }
}
