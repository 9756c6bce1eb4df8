package kr.tupyo.registry;

/** A 시도 (province or metropolitan city), 2-digit code. */
public record Sido(String code, String name) {
}
