package kr.tupyo.earlyvoting.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed pseudo-random permutation of the 40-bit numbers (a balanced Feistel network with
 * HMAC-SHA-256 rounds, tweaked by the contest). The n-th ballot of a contest printed at a station
 * on a day gets serial {@code permute(n)}: serials are unique by construction (a permutation), the
 * printed set is {@code permute(0..count-1)}, and without the key neither the position n nor the
 * order of printing can be recovered from a serial.
 */
final class SerialPermutation {

    static final int BITS = 40;
    private static final int HALF = BITS / 2;
    private static final long HALF_MASK = (1L << HALF) - 1;
    private static final int ROUNDS = 6;

    private final SecretKeySpec key;

    SerialPermutation(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a serial key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    long permute(UUID contest, long position) {
        check(position);
        long left = position >>> HALF;
        long right = position & HALF_MASK;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ round(contest, round, right);
            left = right;
            right = next;
        }
        return (left << HALF) | right;
    }

    long invert(UUID contest, long serial) {
        check(serial);
        long left = serial >>> HALF;
        long right = serial & HALF_MASK;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = right ^ round(contest, round, left);
            right = left;
            left = previous;
        }
        return (left << HALF) | right;
    }

    private long round(UUID contest, int round, long half) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] out = mac.doFinal(ByteBuffer.allocate(28).putLong(contest.getMostSignificantBits())
                    .putLong(contest.getLeastSignificantBits()).putInt(round).putLong(half).array());
            return ByteBuffer.wrap(out).getLong() & HALF_MASK;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(long value) {
        if (value < 0 || value >= (1L << BITS)) {
            throw new IllegalArgumentException("out of the 40-bit domain: " + value);
        }
    }
}
