package kr.tupyo.roll.internal;

/** The levels at which voters-list statistics are shown and exported. */
public enum StatisticsLevel {
    SIDO("left(t.emd_code, 2)"),
    SIGUNGU("left(t.emd_code, 5)"),
    EMD("t.emd_code"),
    PRECINCT("coalesce(t.precinct_id::text, t.emd_code || '-')"),
    DISTRICT("d.contest_id::text");

    private final String key;

    StatisticsLevel(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
