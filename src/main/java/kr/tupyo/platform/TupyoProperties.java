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
    public record Database(String url, String user, String password, String embeddedSharedBuffers, Integer poolSize) {
        public static final String DEFAULT_SHARED_BUFFERS = "1GB";
        /** Connections of one instance's pool: what the early-voting day was measured with (docs/benchmarks.md). */
        public static final int DEFAULT_POOL_SIZE = 32;

        public Database {
            embeddedSharedBuffers = embeddedSharedBuffers == null || embeddedSharedBuffers.isBlank()
                    ? DEFAULT_SHARED_BUFFERS : embeddedSharedBuffers;
            if (poolSize == null) {
                poolSize = DEFAULT_POOL_SIZE;
            } else if (poolSize < 4 || poolSize > 500) {
                // The compilation alone holds one connection per range plus the job's own.
                throw new IllegalArgumentException("tupyo.database.pool-size must lie between 4 and 500: " + poolSize);
            }
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
