package kr.tupyo.visits.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Region;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner organisations and their contacts (current ones; removed ones stay in the table). */
@Repository
public class Partners {

    static final RowMapper<PartnerContact> CONTACT = (rs, n) -> new PartnerContact(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getString("title"), rs.getString("email"), rs.getString("phone"),
            rs.getTimestamp("added_at").toInstant());

    private record Row(UUID id, String name, PartnerType type, String country, Region region, String electoralNotes) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getObject("id", UUID.class),
            rs.getString("name"), PartnerType.valueOf(rs.getString("type")), rs.getString("country"),
            Region.valueOf(rs.getString("region")), rs.getString("electoral_notes"));

    private static final String CURRENT_CONTACTS = """
            SELECT * FROM visit_partner_contacts WHERE removed_at IS NULL""";

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partner with that name in that country, created (with the requester as its contact) when it is new. */
    public UUID findOrCreate(String name, PartnerType type, String country, String contactName, String contactEmail) {
        Optional<UUID> created = jdbc.sql("""
                INSERT INTO visit_partners (name, type, country, region)
                VALUES (?, ?, ?, ?) ON CONFLICT (name, country) DO NOTHING RETURNING id""")
                .params(name, type.name(), country, Region.of(country).name()).query(UUID.class).optional();
        if (created.isPresent()) {
            if (PartnerContact.stripped(contactName) != null) {
                addContact(created.get(), new PartnerContact(null, contactName.strip(), null,
                        PartnerContact.stripped(contactEmail), null, null));
            }
            return created.get();
        }
        return jdbc.sql("SELECT id FROM visit_partners WHERE name = ? AND country = ?")
                .params(name, country).query(UUID.class).single();
    }

    /** A new partner without contacts; empty when one with that name in that country exists. */
    public Optional<UUID> create(String name, PartnerType type, String country, String electoralNotes) {
        return jdbc.sql("""
                INSERT INTO visit_partners (name, type, country, region, electoral_notes)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, country) DO NOTHING RETURNING id""")
                .params(name, type.name(), country, Region.of(country).name(), electoralNotes)
                .query(UUID.class).optional();
    }

    public Optional<Partner> find(UUID id) {
        return jdbc.sql("SELECT * FROM visit_partners WHERE id = ?").param(id).query(ROW).optional()
                .map(r -> partner(r, contacts(id)));
    }

    public List<Partner> all() {
        Map<UUID, List<PartnerContact>> byPartner = new HashMap<>();
        jdbc.sql(CURRENT_CONTACTS + " ORDER BY seq").query((rs, n) -> {
            byPartner.computeIfAbsent(rs.getObject("partner_id", UUID.class), p -> new ArrayList<>())
                    .add(CONTACT.mapRow(rs, n));
            return null;
        }).list();
        return jdbc.sql("SELECT * FROM visit_partners ORDER BY name").query(ROW).list().stream()
                .map(r -> partner(r, byPartner.getOrDefault(r.id(), List.of()))).toList();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM visit_partners WHERE id = ?").param(id).query(Long.class).single() == 1;
    }

    public boolean updateNotes(UUID id, String electoralNotes) {
        return jdbc.sql("UPDATE visit_partners SET electoral_notes = ? WHERE id = ?")
                .params(electoralNotes, id).update() == 1;
    }

    /** The partner's current contacts, first added first. */
    public List<PartnerContact> contacts(UUID partnerId) {
        return jdbc.sql(CURRENT_CONTACTS + " AND partner_id = ? ORDER BY seq").param(partnerId).query(CONTACT).list();
    }

    public PartnerContact addContact(UUID partnerId, PartnerContact c) {
        return jdbc.sql("""
                INSERT INTO visit_partner_contacts (partner_id, name, title, email, phone) VALUES (?, ?, ?, ?, ?)
                RETURNING *""").params(partnerId, c.name(), c.title(), c.email(), c.phone()).query(CONTACT).single();
    }

    /** Changes a current contact's name, e-mail and phone (the title stays); false when it is not current. */
    public boolean changeContact(UUID partnerId, UUID contactId, PartnerContact c) {
        return jdbc.sql("""
                UPDATE visit_partner_contacts SET name = ?, email = ?, phone = ?
                WHERE id = ? AND partner_id = ? AND removed_at IS NULL""")
                .params(c.name(), c.email(), c.phone(), contactId, partnerId).update() == 1;
    }

    /** Marks a current contact removed (kept for the history); false when it is not a current one of that partner. */
    public boolean removeContact(UUID partnerId, UUID contactId, Instant at) {
        return jdbc.sql("""
                UPDATE visit_partner_contacts SET removed_at = greatest(?::timestamptz, added_at)
                WHERE id = ? AND partner_id = ? AND removed_at IS NULL""")
                .params(java.sql.Timestamp.from(at), contactId, partnerId).update() == 1;
    }

    private static Partner partner(Row r, List<PartnerContact> contacts) {
        return new Partner(r.id(), r.name(), r.type(), r.country(), r.region(), r.electoralNotes(), contacts);
    }
}
