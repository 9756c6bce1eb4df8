package kr.tupyo.registry;

/** A 시군구 (city, county or district), 5-digit code; its first two digits are its 시도. */
public record Sigungu(String code, String name, String sidoCode) {
}
