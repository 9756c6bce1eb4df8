package kr.tupyo.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's own settings. Each is fed by an environment variable named in application.yml and
 * in the README's configuration table.
 */
@ConfigurationProperties("tupyo")
public record TupyoProperties(
        Path dataDir,
        Database database,
        String adminPassword,
        Path keyFile,
        String logFormat) {

    /** @param embeddedSharedBuffers shared_buffers of the embedded server, 1GB unless set */
    public record Database(String url, String user, String password, String embeddedSharedBuffers) {
        public static final String DEFAULT_SHARED_BUFFERS = "1GB";

        public Database {
            embeddedSharedBuffers = embeddedSharedBuffers == null || embeddedSharedBuffers.isBlank()
                    ? DEFAULT_SHARED_BUFFERS : embeddedSharedBuffers;
        }

        public boolean isExternal() {
            return url != null && !url.isBlank();
        }
    }

    /** The personal-data key: the configured file, or one generated into the data directory. */
    public Path effectiveKeyFile() {
        return keyFile != null && !keyFile.toString().isBlank() ? keyFile : dataDir.resolve("personal-data.key");
    }
}
