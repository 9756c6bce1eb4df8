package kr.tupyo.visits.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visits table: requests and the visits they became. */
@Repository
public class Visits {

    static final RowMapper<Visit> VISIT = Visits::map;

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(VisitRequest r, String source) {
        return jdbc.sql("""
                INSERT INTO visits (source, organisation, partner_type, country, requester_name, requester_email,
                    on_behalf_of, purpose, topics, preferred_from, preferred_to, delegation_size, languages,
                    interpretation_needs, accessibility_needs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?::text[], ?, ?) RETURNING id""")
                .params(source, r.organisation(), r.partnerType().name(), r.country(), r.requesterName(),
                        r.requesterEmail(), r.onBehalfOf(), r.purpose(),
                        pgArray(r.topics().stream().map(Enum::name).toList()), r.preferredFrom(), r.preferredTo(),
                        r.delegationSize(), pgArray(r.languages()), r.interpretationNeeds(), r.accessibilityNeeds())
                .query(UUID.class).single();
    }

    public Optional<Visit> find(UUID id) {
        return jdbc.sql("SELECT * FROM visits WHERE id = ?").param(id).query(VISIT).optional();
    }

    /** Locks the row, so two officers triaging at once are serialised. */
    Optional<Visit> lock(UUID id) {
        return jdbc.sql("SELECT * FROM visits WHERE id = ? FOR UPDATE").param(id).query(VISIT).optional();
    }

    public List<Visit> awaitingTriage() {
        return jdbc.sql("SELECT * FROM visits WHERE status IN ('REQUESTED','COUNTER_PROPOSED') ORDER BY submitted_at")
                .query(VISIT).list();
    }

    public List<Visit> accepted() {
        return jdbc.sql("SELECT * FROM visits WHERE status IN ('ACCEPTED','COMPLETED') ORDER BY starts_at NULLS LAST, submitted_at")
                .query(VISIT).list();
    }

    public List<Visit> ofPartner(UUID partnerId) {
        return jdbc.sql("SELECT * FROM visits WHERE partner_id = ? ORDER BY coalesce(starts_at, submitted_at) DESC")
                .param(partnerId).query(VISIT).list();
    }

    void decide(UUID id, VisitStatus status, String reason, LocalDate counterFrom, LocalDate counterTo,
                String by, Instant at, UUID partnerId) {
        jdbc.sql("""
                UPDATE visits SET status = ?, decision_reason = ?, counter_from = ?, counter_to = ?, decided_by = ?,
                    decided_at = ?, partner_id = coalesce(?, partner_id) WHERE id = ?""")
                .params(status.name(), reason, counterFrom, counterTo, by, Timestamp.from(at), partnerId, id).update();
    }

    void setStatus(UUID id, VisitStatus status) {
        jdbc.sql("UPDATE visits SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void setTemplateVersion(UUID id, int version) {
        jdbc.sql("UPDATE visits SET template_version = ? WHERE id = ?").params(version, id).update();
    }

    void setStart(UUID id, Instant start) {
        jdbc.sql("UPDATE visits SET starts_at = ? WHERE id = ?").params(Timestamp.from(start), id).update();
    }

    static String pgArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Visit map(ResultSet rs, int n) throws SQLException {
        return new Visit(rs.getObject("id", UUID.class), VisitStatus.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getObject("partner_id", UUID.class), rs.getString("organisation"),
                PartnerType.valueOf(rs.getString("partner_type")), rs.getString("country"),
                rs.getString("requester_name"), rs.getString("requester_email"), rs.getString("on_behalf_of"),
                rs.getString("purpose"), strings(rs, "topics").stream().map(Topic::valueOf).toList(),
                rs.getObject("preferred_from", LocalDate.class), rs.getObject("preferred_to", LocalDate.class),
                rs.getInt("delegation_size"), strings(rs, "languages"), rs.getString("interpretation_needs"),
                rs.getString("accessibility_needs"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("decision_reason"), rs.getObject("counter_from", LocalDate.class),
                rs.getObject("counter_to", LocalDate.class), (Integer) rs.getObject("template_version"),
                rs.getTimestamp("starts_at") == null ? null : rs.getTimestamp("starts_at").toInstant());
    }
}
