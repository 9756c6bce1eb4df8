package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.UUID;
import kr.tupyo.visits.GiftDirection;
import kr.tupyo.visits.GiftDisposition;

/**
 * A gift given or received during a visit.
 *
 * @param reportable a received gift at or above the reporting threshold for public officials
 */
public record Gift(UUID id, UUID visitId, GiftDirection direction, String description, String giver,
                   String recipient, long valueKrw, LocalDate givenOn, GiftDisposition disposition,
                   boolean reportable) {
}
