package kr.tupyo.visits.internal;

import java.time.Clock;
import java.util.List;
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
    private final Clock clock;

    PartnerRegister(Partners partners, AuditLog audit, Clock clock) {
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new partner; a contact name, e-mail or phone given with it becomes its first contact (one known
     * only by e-mail or phone is named by it, as the migration of the single-contact partners did).
     */
    @Transactional
    public UUID create(String name, PartnerType type, String country, String contactName, String contactEmail,
                       String contactPhone, String electoralNotes) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (name == null || name.isBlank() || type == null
                || !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
            throw VisitRequest.invalid("partner");
        }
        PartnerContact first = firstContact(contactName, contactEmail, contactPhone, null);
        UUID id = partners.create(name.strip(), type, code, electoralNotes)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_EXISTS, name, code));
        if (first != null) {
            partners.addContact(id, first);
        }
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + id, AuditOutcome.SUCCESS,
                Map.of("change", "created", "contacts", first == null ? "0" : "1"));
        return id;
    }

    /**
     * The electoral-system notes; contact fields, when any is given, change the first contact (or add
     * one when there is none): what a client written for the single contact expects.
     */
    @Transactional
    public Partner update(UUID id, String contactName, String contactEmail, String contactPhone, String electoralNotes) {
        if (!partners.updateNotes(id, electoralNotes)) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, id);
        }
        List<PartnerContact> current = partners.contacts(id);
        PartnerContact existing = current.isEmpty() ? null : current.getFirst();
        PartnerContact changed = firstContact(contactName, contactEmail, contactPhone, existing);
        String change = "updated";
        if (changed != null && existing != null) {
            partners.changeContact(id, existing.id(), changed);
            change = "updated, contact changed";
        } else if (changed != null) {
            partners.addContact(id, changed);
            change = "updated, contact added";
        }
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + id, AuditOutcome.SUCCESS,
                Map.of("change", change));
        return partners.find(id).orElseThrow();
    }

    /** Adds a contact (name required, e-mail checked); refused input changes nothing. */
    @Transactional
    public PartnerContact addContact(UUID partnerId, String name, String title, String email, String phone) {
        PartnerContact contact = PartnerContact.entered(name, title, email, phone);
        if (!partners.exists(partnerId)) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId);
        }
        PartnerContact added = partners.addContact(partnerId, contact);
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + partnerId, AuditOutcome.SUCCESS,
                Map.of("change", "contact added", "contact", added.id().toString()));
        return added;
    }

    /** Removes a current contact; it stays in the table with the time, for the partner's history. */
    @Transactional
    public void removeContact(UUID partnerId, UUID contactId) {
        if (!partners.exists(partnerId)) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId);
        }
        if (!partners.removeContact(partnerId, contactId, clock.instant())) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_CONTACT_NOT_FOUND, contactId);
        }
        audit.record(VisitsAuditEvent.VISIT_PARTNER_CHANGED, "visit-partner:" + partnerId, AuditOutcome.SUCCESS,
                Map.of("change", "contact removed", "contact", contactId.toString()));
    }

    private static PartnerContact firstContact(String name, String email, String phone, PartnerContact existing) {
        if (PartnerContact.stripped(name) == null && PartnerContact.stripped(email) == null
                && PartnerContact.stripped(phone) == null) {
            return null;
        }
        // Named as V9_4 named the contacts it copied: by the name, else the e-mail, else the phone.
        String named = PartnerContact.stripped(name) != null ? name
                : existing != null ? existing.name() : PartnerContact.stripped(email) != null ? email : phone;
        return PartnerContact.entered(named, null, email, phone);
    }
}
