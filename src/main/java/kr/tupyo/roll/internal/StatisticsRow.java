package kr.tupyo.roll.internal;

import java.util.List;

/**
 * Voters of one area: total, by sex, by age band ({@link AgeBands#BANDS} from 18-19) and by residence
 * type (DOMESTIC, OVERSEAS_REGISTERED, FOREIGN_RESIDENT).
 */
public record StatisticsRow(String code, String name, long voters, long male, long female, List<Long> byAgeBand,
                            long domestic, long overseas, long foreign) {
}
