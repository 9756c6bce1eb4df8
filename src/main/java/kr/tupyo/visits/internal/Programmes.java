package kr.tupyo.visits.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.VisitStatus;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visit's programme: tailored from the current template, then reordered, extended, trimmed or
 * retimed by the officer. Any change releases the visit's bookings, since the times no longer hold:
 * the visit has to be scheduled again.
 */
@Service
public class Programmes {

    private final Visits visits;
    private final ProgrammeItems items;
    private final ProgrammeTemplates templates;
    private final Catalogue catalogue;
    private final ProgrammeTailor tailor;
    private final Bookings bookings;
    private final AuditLog audit;

    Programmes(Visits visits, ProgrammeItems items, ProgrammeTemplates templates, Catalogue catalogue,
               ProgrammeTailor tailor, Bookings bookings, AuditLog audit) {
        this.visits = visits;
        this.items = items;
        this.templates = templates;
        this.catalogue = catalogue;
        this.tailor = tailor;
        this.bookings = bookings;
        this.audit = audit;
    }

    @Transactional
    public List<ProgrammeItem> tailor(UUID visitId) {
        Visit visit = acceptedVisit(visitId);
        int version = templates.currentVersion();
        List<ProgrammeItem> tailored = tailor.tailor(templates.items(version), visit, catalogue.officials(),
                catalogue.demonstrations(), catalogue.introVideos());
        items.replaceAll(visitId, tailored);
        visits.setTemplateVersion(visitId, version);
        return changed(visitId, "tailored");
    }

    @Transactional
    public List<ProgrammeItem> move(UUID visitId, UUID itemId, int delta) {
        acceptedVisit(visitId);
        List<ProgrammeItem> current = new ArrayList<>(items.of(visitId));
        int from = indexOf(current, itemId);
        int to = Math.max(0, Math.min(current.size() - 1, from + delta));
        current.add(to, current.remove(from));
        for (int i = 0; i < current.size(); i++) {
            items.setPosition(current.get(i).id(), i + 1);
        }
        return changed(visitId, "moved");
    }

    @Transactional
    public List<ProgrammeItem> add(UUID visitId, TemplateItem item, UUID officialId) {
        acceptedVisit(visitId);
        int position = items.of(visitId).size() + 1;
        items.insert(visitId, new ProgrammeItem(null, position, item.kind(), item.titleEn(), item.titleKo(),
                item.minutes(), item.roomCode(), officialId, null, null, null));
        return changed(visitId, "added");
    }

    @Transactional
    public List<ProgrammeItem> edit(UUID visitId, UUID itemId, int minutes, String roomCode, UUID officialId) {
        acceptedVisit(visitId);
        indexOf(items.of(visitId), itemId);
        if (minutes < 1 || minutes > 480) {
            throw VisitRequest.invalid("minutes");
        }
        items.edit(itemId, minutes, roomCode == null || roomCode.isBlank() ? null : roomCode, officialId);
        return changed(visitId, "edited");
    }

    @Transactional
    public List<ProgrammeItem> drop(UUID visitId, UUID itemId) {
        acceptedVisit(visitId);
        if (!items.delete(visitId, itemId)) {
            throw new ProblemException(VisitsError.VISIT_ITEM_NOT_FOUND, itemId);
        }
        List<ProgrammeItem> rest = items.of(visitId);
        for (int i = 0; i < rest.size(); i++) {
            items.setPosition(rest.get(i).id(), i + 1);
        }
        return changed(visitId, "dropped");
    }

    private List<ProgrammeItem> changed(UUID visitId, String change) {
        bookings.release(visitId);
        audit.record(VisitsAuditEvent.VISIT_PROGRAMME_CHANGED, "visit:" + visitId, AuditOutcome.SUCCESS,
                Map.of("change", change));
        return items.of(visitId);
    }

    private Visit acceptedVisit(UUID visitId) {
        Visit visit = visits.lock(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        if (visit.status() != VisitStatus.ACCEPTED) {
            throw new ProblemException(VisitsError.VISIT_NOT_ACCEPTED, visit.status());
        }
        return visit;
    }

    private static int indexOf(List<ProgrammeItem> list, UUID itemId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(itemId)) {
                return i;
            }
        }
        throw new ProblemException(VisitsError.VISIT_ITEM_NOT_FOUND, itemId);
    }
}
