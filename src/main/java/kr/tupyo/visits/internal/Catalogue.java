package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.visits.Topic;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk's reference data: officials, rooms, demonstrations and introductory videos. */
@Repository
public class Catalogue {

    private static final RowMapper<Official> OFFICIAL = (rs, n) -> new Official(rs.getObject("id", UUID.class),
            rs.getString("name_en"), rs.getString("name_ko"), rs.getString("title_en"), rs.getString("title_ko"),
            rs.getString("department"), rs.getString("email"),
            Visits.strings(rs, "topics").stream().map(Topic::valueOf).toList(), Visits.strings(rs, "languages"),
            rs.getBoolean("is_default"));
    private static final RowMapper<Room> ROOM = (rs, n) -> new Room(rs.getString("code"), rs.getString("name_en"),
            rs.getString("name_ko"), rs.getInt("capacity"));
    private static final RowMapper<Demonstration> DEMONSTRATION = (rs, n) -> new Demonstration(rs.getString("code"),
            rs.getString("name_en"), rs.getString("name_ko"),
            Visits.strings(rs, "topics").stream().map(Topic::valueOf).toList(), rs.getInt("minutes"),
            rs.getBoolean("is_default"));

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Official> officials() {
        return jdbc.sql("SELECT * FROM visit_officials ORDER BY name_en").query(OFFICIAL).list();
    }

    public Optional<Official> official(UUID id) {
        return jdbc.sql("SELECT * FROM visit_officials WHERE id = ?").param(id).query(OFFICIAL).optional();
    }

    public List<Room> rooms() {
        return jdbc.sql("SELECT * FROM visit_rooms ORDER BY code").query(ROOM).list();
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
}
