package kr.tupyo.registry;

/** Sex as the register records it; files use {@code M} and {@code F}. */
public enum Sex {
    M,
    F
}
