package kr.tupyo.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * @param size         residents in the extract
 * @param seed         same seed, same files
 * @param extractDate  the date the extract describes
 * @param eventsUntil  change events are dated after the extract, up to and including this date
 * @param out          folder for the three files
 * @param calibration  the kr-2022 folder, or null for the three-읍면동 sample
 */
public record GeneratorOptions(long size, long seed, LocalDate extractDate, LocalDate eventsUntil, Path out,
                               Path calibration) {

    public GeneratorOptions {
        if (size < 1) {
            throw new IllegalArgumentException("--size must be at least 1");
        }
        if (!eventsUntil.isAfter(extractDate)) {
            throw new IllegalArgumentException("--events-until must be after --extract-date");
        }
    }
}
