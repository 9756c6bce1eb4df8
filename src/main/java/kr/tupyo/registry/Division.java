package kr.tupyo.registry;

/**
 * One 읍면동 with the 시군구 and 시도 it belongs to, as a division table states it.
 *
 * @param emdCode    10-digit 행정기관코드 of the 읍면동
 * @param necEmdCode the election commission's own 읍면동 code; not unique, may be null
 */
public record Division(String emdCode, String emdName, String sggCode, String sggName, String sidoCode,
                       String sidoName, String necEmdCode) {

    /** e.g. {@code 서울특별시 종로구 청운효자동}. */
    public String fullName() {
        return sidoName + " " + sggName + " " + emdName;
    }
}
