package kr.tupyo.visits.internal;

import java.util.List;
import java.util.UUID;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Region;

/**
 * An organisation the commission receives: its kind, country and current contacts.
 * {@code contactName}, {@code contactEmail} and {@code contactPhone} are the first contact's, kept
 * for clients written when a partner had one contact.
 */
public record Partner(UUID id, String name, PartnerType type, String country, Region region,
                      String contactName, String contactEmail, String contactPhone, String electoralNotes,
                      List<PartnerContact> contacts) {

    public Partner {
        contacts = List.copyOf(contacts);
    }

    Partner(UUID id, String name, PartnerType type, String country, Region region, String electoralNotes,
            List<PartnerContact> contacts) {
        this(id, name, type, country, region,
                contacts.isEmpty() ? null : contacts.getFirst().name(),
                contacts.isEmpty() ? null : contacts.getFirst().email(),
                contacts.isEmpty() ? null : contacts.getFirst().phone(), electoralNotes, contacts);
    }
}
