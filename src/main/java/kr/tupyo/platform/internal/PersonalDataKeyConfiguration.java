package kr.tupyo.platform.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.platform.TupyoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the master key from {@code TUPYO_KEY_FILE}, or generates one into the data directory on the
 * first start (mode 600). Several instances must be given the same file.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyConfiguration.class);

    @Bean
    PersonalDataProtection personalDataProtection(TupyoProperties properties) throws IOException {
        return new PersonalDataProtection(loadOrCreate(properties.effectiveKeyFile()));
    }

    static byte[] loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Written whole to a private temporary file, then moved in: no reader ever sees half a key.
            Path tmp = Files.createTempFile(dir, ".key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(tmp, file);
                log.info("Generated a new personal-data key in {}", file.toAbsolutePath());
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp); // another instance created it first: use theirs
            }
        }
        String hex = Files.readString(file).trim();
        if (!hex.matches("[0-9a-fA-F]{64,}")) {
            throw new IllegalStateException("the personal-data key file " + file + " must hold at least 64 hex digits");
        }
        return HexFormat.of().parseHex(hex);
    }
}
