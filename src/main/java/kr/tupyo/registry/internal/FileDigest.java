package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The first, cheap pass over a file: its SHA-256 (to recognise a file offered twice before any row is
 * read) and its number of lines (for the progress bar).
 *
 * @param dataLines lines after the header (a last line without a newline counts)
 */
record FileDigest(String sha256, long bytes, long dataLines) {

    static FileDigest of(UploadedFile file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes = 0;
        long newlines = 0;
        int last = -1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.open()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        long lines = bytes == 0 ? 0 : newlines + (last == '\n' ? 0 : 1);
        return new FileDigest(HexFormat.of().formatHex(sha.digest()), bytes, Math.max(0, lines - 1));
    }
}
