package kr.tupyo.roll.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * A temporary file of digest lines that must wait for the lines before them: they hold names and
 * addresses, so they are written AES-CTR encrypted under a key that exists only in this object's memory
 * and the file is deleted on close. Bytes are buffered and encrypted in blocks (one cipher call per
 * 64 KiB, not per line).
 */
final class EncryptedSpool implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BLOCK = 1 << 16;

    private final Path file;
    private final SecretKey key;
    private final byte[] iv = new byte[16];
    private final Cipher cipher;
    private final OutputStream out;
    private final byte[] plain = new byte[BLOCK];
    private final byte[] sealed = new byte[BLOCK];
    private int buffered;

    EncryptedSpool() {
        try {
            file = Files.createTempFile("tupyo-digest-", ".spool");
            KeyGenerator keys = KeyGenerator.getInstance("AES");
            keys.init(256, RANDOM);
            key = keys.generateKey();
            RANDOM.nextBytes(iv);
            cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends one line: the bytes, then a line feed. */
    void line(byte[] bytes, int length) {
        int from = 0;
        while (from < length) {
            int n = Math.min(length - from, BLOCK - buffered);
            System.arraycopy(bytes, from, plain, buffered, n);
            buffered += n;
            from += n;
            if (buffered == BLOCK) {
                flush();
            }
        }
        plain[buffered++] = '\n';
        if (buffered == BLOCK) {
            flush();
        }
    }

    /** Ends writing and feeds every byte written, in order, to the digest. */
    void hashInto(MessageDigest sha) {
        try {
            if (buffered > 0) {
                flush();
            }
            out.close();
            Cipher decrypt = Cipher.getInstance("AES/CTR/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] read = new byte[BLOCK];
                byte[] clear = new byte[BLOCK];
                for (int n; (n = in.read(read)) > 0; ) {
                    int m = decrypt.update(read, 0, n, clear);
                    sha.update(clear, 0, m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void flush() {
        try {
            int n = cipher.update(plain, 0, buffered, sealed);
            out.write(sealed, 0, n);
            buffered = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
