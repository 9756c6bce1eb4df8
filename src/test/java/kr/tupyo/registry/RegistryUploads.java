package kr.tupyo.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;

/**
 * Multipart uploads to the registry API, and the national division table as a shared fixture. Other
 * modules' tests may use {@link #ensureKr2022Divisions(ApiClient)}: test classes share one database,
 * and the same file can be accepted only once, so a second import answers 409 (which means "already there").
 */
public final class RegistryUploads {

    /** The kr-2022 table is imported as in force from this date. */
    public static final String KR_2022_EFFECTIVE = "2022-01-03";

    private RegistryUploads() {
    }

    public static Path kr2022(String file) {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022").resolve(file).normalize();
    }

    public static ApiClient.Response ensureKr2022Divisions(ApiClient api) {
        try {
            byte[] table = Files.readAllBytes(kr2022("divisions.csv"));
            ApiClient.Response response = upload(api, "/api/v1/registry/divisions?effectiveDate=" + KR_2022_EFFECTIVE,
                    api.tokenFor(Role.ADMIN), "divisions.csv", table);
            if (response.status() != 201 && response.status() != 409) {
                throw new IllegalStateException("division import failed: " + response);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApiClient.Response upload(ApiClient api, String path, String token, String fileName, String content) {
        return upload(api, path, token, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiClient.Response upload(ApiClient api, String path, String token, String fileName, byte[] content) {
        String boundary = "----tupyo" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return api.send("POST", path, token, "multipart/form-data; boundary=" + boundary, body);
    }
}
