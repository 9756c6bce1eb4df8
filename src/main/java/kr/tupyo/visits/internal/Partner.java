package kr.tupyo.visits.internal;

import java.util.UUID;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Region;

/** An organisation the commission receives: its kind, country and contacts. */
public record Partner(UUID id, String name, PartnerType type, String country, Region region,
                      String contactName, String contactEmail, String contactPhone, String electoralNotes) {
}
