package kr.tupyo.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash that links an entry to its predecessor: SHA-256 over the previous hash and the entry's
 * fields, each written as {@code <length>:<value>} so that no two different entries share an
 * encoding. Changing, removing or reordering any entry breaks every link after it.
 */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    static byte[] of(byte[] previous, long seq, Instant occurredAt, String actor, String action, String target,
                     String outcome, String remoteAddress, String details) {
        MessageDigest sha = sha256();
        sha.update(previous);
        for (String field : new String[] {Long.toString(seq), occurredAt.toString(), actor, action,
                nullToEmpty(target), outcome, nullToEmpty(remoteAddress), details}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return sha.digest();
    }

    /** Details as JSON with sorted keys: one canonical text per map. */
    static String canonicalJson(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(details).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
