package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard programme, versioned: an edit never changes a version, it saves the next one, so a
 * visit tailored from version 3 can always say what version 3 was.
 */
@Repository
public class ProgrammeTemplates {

    public record Version(int version, String note, String createdBy, java.time.Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProgrammeTemplates(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public int currentVersion() {
        return jdbc.sql("SELECT max(version) FROM visit_templates").query(Integer.class).single();
    }

    public List<TemplateItem> items(int version) {
        return jdbc.sql("SELECT * FROM visit_template_items WHERE version = ? ORDER BY position").param(version)
                .query((rs, n) -> new TemplateItem(rs.getString("kind"), rs.getString("title_en"),
                        rs.getString("title_ko"), rs.getInt("minutes"), rs.getString("room_code"),
                        rs.getBoolean("with_official")))
                .list();
    }

    public List<Version> versions() {
        return jdbc.sql("SELECT * FROM visit_templates ORDER BY version DESC")
                .query((rs, n) -> new Version(rs.getInt("version"), rs.getString("note"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Saves the items as the next version; the primary key stops two editors saving the same number. */
    @Transactional
    public int saveNewVersion(List<TemplateItem> items, String note) {
        if (items.isEmpty() || note == null || note.isBlank()) {
            throw new ProblemException(VisitsError.VISIT_TEMPLATE_INVALID);
        }
        // Two editors saving at once: the second waits, then takes the number after the first.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('visit_templates'))").query((rs, n) -> 1).list();
        int version = currentVersion() + 1;
        String by = StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
        jdbc.sql("INSERT INTO visit_templates (version, note, created_by) VALUES (?, ?, ?)")
                .params(version, note.strip(), by).update();
        int position = 1;
        for (TemplateItem item : items) {
            jdbc.sql("""
                    INSERT INTO visit_template_items (version, position, kind, title_en, title_ko, minutes, room_code,
                        with_official) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(version, position++, item.kind(), item.titleEn(), item.titleKo(), item.minutes(),
                            item.roomCode(), item.withOfficial()).update();
        }
        audit.record(VisitsAuditEvent.VISIT_TEMPLATE_VERSIONED, "visit-template:" + version, AuditOutcome.SUCCESS,
                Map.of("items", String.valueOf(items.size())));
        return version;
    }
}
