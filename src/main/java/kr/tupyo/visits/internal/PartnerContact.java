package kr.tupyo.visits.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One person to write to at a partner: the head of its international division, a desk officer.
 * {@link #entered} checks what staff type; rows read back are taken as stored (contacts copied from
 * before V9_4 kept e-mails nobody had checked).
 */
public record PartnerContact(UUID id, String name, String title, String email, String phone, Instant addedAt) {

    /** A contact as staff entered it: a name is required, the e-mail must look like one. */
    public static PartnerContact entered(String name, String title, String email, String phone) {
        name = stripped(name);
        title = stripped(title);
        email = stripped(email);
        phone = stripped(phone);
        if (name == null || name.length() > 200) {
            throw VisitRequest.invalid("contactName");
        }
        if (title != null && title.length() > 200) {
            throw VisitRequest.invalid("contactTitle");
        }
        if (email != null && (email.length() > 320 || !EmailAddress.looksValid(email))) {
            throw VisitRequest.invalid("contactEmail");
        }
        if (phone != null && phone.length() > 50) {
            throw VisitRequest.invalid("contactPhone");
        }
        return new PartnerContact(null, name, title, email, phone, null);
    }

    static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
