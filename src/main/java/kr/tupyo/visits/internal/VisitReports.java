package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitStatus;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-visit report. Writing it completes the visit; notes, follow-ups and photos can be added
 * before and after. Photos are stored in the database (decision 063), at most {@link #MAX_PHOTO_BYTES}.
 */
@Service
public class VisitReports {

    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Visits visits;
    private final AuditLog audit;

    VisitReports(JdbcClient jdbc, Visits visits, AuditLog audit) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.audit = audit;
    }

    @Transactional
    public void write(UUID visitId, int attended, String attendance, String summary) {
        Visit visit = held(visitId);
        if (attended < 0) {
            throw VisitRequest.invalid("attended");
        }
        jdbc.sql("""
                INSERT INTO visit_reports (visit_id, attended, attendance, summary, written_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (visit_id) DO UPDATE SET attended = excluded.attended, attendance = excluded.attendance,
                    summary = excluded.summary, written_by = excluded.written_by, written_at = now()""")
                .params(visitId, attended, attendance, summary, by()).update();
        if (visit.status() == VisitStatus.ACCEPTED) {
            visits.setStatus(visitId, VisitStatus.COMPLETED);
        }
        audited(visitId, "report");
    }

    @Transactional
    public UUID addQuestion(UUID visitId, String askedBy, String question, String answeredBy, String answer) {
        held(visitId);
        if (blank(askedBy) || blank(question) || blank(answeredBy) || blank(answer)) {
            throw VisitRequest.invalid("question");
        }
        UUID id = jdbc.sql("INSERT INTO visit_qa_notes (visit_id, asked_by, question, answered_by, answer) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(visitId, askedBy, question, answeredBy, answer).query(UUID.class).single();
        audited(visitId, "question");
        return id;
    }

    @Transactional
    public UUID addFollowUp(UUID visitId, String action, String owner, LocalDate dueOn) {
        held(visitId);
        if (blank(action) || blank(owner) || dueOn == null) {
            throw VisitRequest.invalid("followUp");
        }
        UUID id = jdbc.sql("INSERT INTO visit_followups (visit_id, action, owner, due_on) VALUES (?, ?, ?, ?) RETURNING id")
                .params(visitId, action, owner, dueOn).query(UUID.class).single();
        audited(visitId, "follow-up");
        return id;
    }

    /** Marks a follow-up action done (or open again). */
    @Transactional
    public void setFollowUpDone(UUID visitId, UUID followUpId, boolean done) {
        held(visitId);
        if (jdbc.sql("UPDATE visit_followups SET done = ? WHERE visit_id = ? AND id = ?")
                .params(done, visitId, followUpId).update() != 1) {
            throw new ProblemException(VisitsError.VISIT_ITEM_NOT_FOUND, followUpId);
        }
        audited(visitId, "follow-up-done");
    }

    @Transactional
    public UUID addPhoto(UUID visitId, String filename, byte[] bytes, String caption) {
        held(visitId);
        String type = PhotoType.detect(bytes);
        if (type == null || bytes.length > MAX_PHOTO_BYTES) {
            throw new ProblemException(VisitsError.VISIT_PHOTO_INVALID);
        }
        String name = filename == null || filename.isBlank() ? "photo" : filename.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        UUID id = jdbc.sql("INSERT INTO visit_photos (visit_id, filename, content_type, bytes, caption) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(visitId, name, type, bytes, caption).query(UUID.class).single();
        audited(visitId, "photo");
        return id;
    }

    public record PhotoBytes(String contentType, byte[] bytes) {
    }

    public Optional<PhotoBytes> photo(UUID visitId, UUID photoId) {
        return jdbc.sql("SELECT content_type, bytes FROM visit_photos WHERE visit_id = ? AND id = ?")
                .params(visitId, photoId)
                .query((rs, n) -> new PhotoBytes(rs.getString(1), rs.getBytes(2))).optional();
    }

    public VisitReport of(UUID visitId) {
        var summary = jdbc.sql("SELECT * FROM visit_reports WHERE visit_id = ?").param(visitId)
                .query((rs, n) -> new VisitReport.Summary(rs.getInt("attended"), rs.getString("attendance"),
                        rs.getString("summary"), rs.getString("written_by"))).optional().orElse(null);
        var questions = jdbc.sql("SELECT * FROM visit_qa_notes WHERE visit_id = ? ORDER BY noted_at").param(visitId)
                .query((rs, n) -> new VisitReport.QaNote(rs.getObject("id", UUID.class), rs.getString("asked_by"),
                        rs.getString("question"), rs.getString("answered_by"), rs.getString("answer"))).list();
        var followUps = jdbc.sql("SELECT * FROM visit_followups WHERE visit_id = ? ORDER BY due_on").param(visitId)
                .query((rs, n) -> new VisitReport.FollowUp(rs.getObject("id", UUID.class), rs.getString("action"),
                        rs.getString("owner"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("done"))).list();
        var photos = jdbc.sql("SELECT id, filename, content_type, caption, length(bytes) AS size FROM visit_photos WHERE visit_id = ? ORDER BY uploaded_at")
                .param(visitId)
                .query((rs, n) -> new VisitReport.Photo(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("content_type"), rs.getString("caption"), rs.getInt("size"))).list();
        return new VisitReport(summary, questions, followUps, photos);
    }

    private Visit held(UUID visitId) {
        Visit visit = visits.lock(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        if (visit.status() != VisitStatus.ACCEPTED && visit.status() != VisitStatus.COMPLETED) {
            throw new ProblemException(VisitsError.VISIT_NOT_ACCEPTED, visit.status());
        }
        return visit;
    }

    private void audited(UUID visitId, String part) {
        audit.record(VisitsAuditEvent.VISIT_REPORT_WRITTEN, "visit:" + visitId, AuditOutcome.SUCCESS, Map.of("part", part));
    }

    private static String by() {
        return StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
