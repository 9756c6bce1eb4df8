package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Region;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner organisations. */
@Repository
public class Partners {

    static final RowMapper<Partner> PARTNER = (rs, n) -> new Partner(rs.getObject("id", UUID.class),
            rs.getString("name"), PartnerType.valueOf(rs.getString("type")), rs.getString("country"),
            Region.valueOf(rs.getString("region")), rs.getString("contact_name"), rs.getString("contact_email"),
            rs.getString("contact_phone"), rs.getString("electoral_notes"));

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partner with that name in that country, created when it is new. */
    public UUID findOrCreate(String name, PartnerType type, String country, String contactName, String contactEmail) {
        jdbc.sql("""
                INSERT INTO visit_partners (name, type, country, region, contact_name, contact_email)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name, country) DO NOTHING""")
                .params(name, type.name(), country, Region.of(country).name(), contactName, contactEmail).update();
        return jdbc.sql("SELECT id FROM visit_partners WHERE name = ? AND country = ?")
                .params(name, country).query(UUID.class).single();
    }

    /** A new partner; empty when one with that name in that country exists. */
    public Optional<UUID> create(String name, PartnerType type, String country, String contactName,
                                 String contactEmail, String contactPhone, String electoralNotes) {
        return jdbc.sql("""
                INSERT INTO visit_partners (name, type, country, region, contact_name, contact_email, contact_phone,
                    electoral_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, country) DO NOTHING RETURNING id""")
                .params(name, type.name(), country, Region.of(country).name(), contactName, contactEmail, contactPhone,
                        electoralNotes)
                .query(UUID.class).optional();
    }

    public Optional<Partner> find(UUID id) {
        return jdbc.sql("SELECT * FROM visit_partners WHERE id = ?").param(id).query(PARTNER).optional();
    }

    public List<Partner> all() {
        return jdbc.sql("SELECT * FROM visit_partners ORDER BY name").query(PARTNER).list();
    }

    public boolean update(UUID id, String contactName, String contactEmail, String contactPhone, String electoralNotes) {
        return jdbc.sql("""
                UPDATE visit_partners SET contact_name = ?, contact_email = ?, contact_phone = ?, electoral_notes = ?
                WHERE id = ?""").params(contactName, contactEmail, contactPhone, electoralNotes, id).update() == 1;
    }
}
