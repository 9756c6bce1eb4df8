package kr.tupyo.visits.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering partner organisations and keeping their contacts and electoral-system notes, audited. */
@Service
public class PartnerRegister {

    private final Partners partners;
    private final AuditLog audit;

    PartnerRegister(Partners partners, AuditLog audit) {
        this.partners = partners;
        this.audit = audit;
    }

    @Transactional
    public UUID create(String name, PartnerType type, String country, String contactName, String contactEmail,
                       String contactPhone, String electoralNotes) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (name == null || name.isBlank() || type == null
                || !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
            throw VisitRequest.invalid("partner");
        }
        UUID id = partners.create(name.strip(), type, code, contactName, contactEmail, contactPhone, electoralNotes)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_EXISTS, name, code));
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + id, AuditOutcome.SUCCESS,
                Map.of("change", "created"));
        return id;
    }

    @Transactional
    public Partner update(UUID id, String contactName, String contactEmail, String contactPhone, String electoralNotes) {
        if (!partners.update(id, contactName, contactEmail, contactPhone, electoralNotes)) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, id);
        }
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + id, AuditOutcome.SUCCESS,
                Map.of("change", "updated"));
        return partners.find(id).orElseThrow();
    }
}
