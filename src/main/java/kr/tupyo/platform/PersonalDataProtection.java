package kr.tupyo.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects personal identifiers (resident registration numbers) at rest: AES-256-GCM for the value,
 * and an HMAC-SHA-256 keyed hash to look it up without decrypting. Both keys are derived from one
 * master key kept in a file outside the database, so a database dump alone reveals nothing.
 */
public final class PersonalDataProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 1;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    // One cipher, MAC and random source per thread: getInstance per value and one shared SecureRandom
    // were what limited the parallel checking of a 5-million-row extract.
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs;
    // DRBG: NativePRNG, the default, reads /dev/urandom under one lock shared by all threads.
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(() -> instance(() -> SecureRandom.getInstance("DRBG")));

    public PersonalDataProtection(byte[] masterKey) {
        if (masterKey.length < 32) {
            throw new IllegalArgumentException("the personal-data master key must have at least 32 bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "tupyo personal-data encryption v1"), "AES");
        this.lookupKey = new SecretKeySpec(derive(masterKey, "tupyo personal-data lookup v1"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> instance(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac;
        }));
    }

    private interface Provider<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Provider<T> provider) {
        try {
            return provider.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-GCM or HMAC-SHA-256", e);
        }
    }

    /** Version byte, nonce, then ciphertext with its tag. */
    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            randoms.get().nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalArgumentException("not a tupyo ciphertext");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or altered data", e);
        }
    }

    /** Deterministic keyed hash: equal inputs give equal hashes, and nobody without the key can test a guess. */
    public byte[] lookupHash(String plain) {
        return macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8));
    }

    public String lookupHashHex(String plain) {
        return HexFormat.of().formatHex(lookupHash(plain));
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
