package kr.tupyo.registry.internal;

import java.time.LocalDate;
import kr.tupyo.registry.ResidenceType;

/** A change event row that passed its own checks, as kept in the staging table (number protected). */
record StagedEvent(long line, String eventId, RrnProtection.Protected rrn, LocalDate rrnBirthDate, String rrnSex,
                   EventType type, LocalDate effectiveDate, String name, String nationality, String emdCode,
                   String address, ResidenceType residenceType, LocalDate permanentResidenceSince, byte[] digest) {
}
