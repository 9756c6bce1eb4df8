package kr.tupyo.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions other modules may read. Division tables are versioned by effective
 * date; methods without a date use the version in force today (Korea time), those with a date the
 * version in force on that date (the newest effective on or before it). With no table in force,
 * lists are empty and look-ups find nothing.
 */
public interface Divisions {

    Optional<Division> emd(String emdCode);

    Optional<Division> emd(String emdCode, LocalDate onDate);

    default boolean emdExists(String emdCode) {
        return emd(emdCode).isPresent();
    }

    default boolean emdExists(String emdCode, LocalDate onDate) {
        return emd(emdCode, onDate).isPresent();
    }

    List<Sido> sidos();

    /** The name of every 시도 (2-digit code) and 시군구 (5-digit code) in force today, by code. */
    default Map<String, String> areaNames() {
        Map<String, String> names = new HashMap<>();
        sidos().forEach(s -> names.put(s.code(), s.name()));
        sigungus().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    /** Every 시군구, ordered by code. */
    List<Sigungu> sigungus();

    List<Sigungu> sigungus(String sidoCode);

    /** The 읍면동 of one 시군구, ordered by code. */
    List<Division> emds(String sggCode);

    /** Every 읍면동 of the version in force on the date, ordered by code. */
    List<Division> allEmds(LocalDate onDate);

    /** The effective date of the version in force on the date, if any. */
    Optional<LocalDate> versionInForce(LocalDate onDate);
}
