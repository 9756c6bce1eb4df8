package kr.tupyo.registry;

import java.time.LocalDate;

/**
 * A disqualification notice.
 *
 * @param until last day it applies (inclusive), or null while not known
 */
public record Disqualification(String rrnMasked, DisqualificationKind kind, LocalDate from, LocalDate until,
                               String reference) {

    public boolean inForceOn(LocalDate date) {
        return !from.isAfter(date) && (until == null || !until.isBefore(date));
    }
}
