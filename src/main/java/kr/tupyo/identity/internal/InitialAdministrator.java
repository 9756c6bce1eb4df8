package kr.tupyo.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.TupyoProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the very first start (no account at all) creates {@code admin} with the password from
 * {@code TUPYO_ADMIN_PASSWORD}, or a generated one that is printed once and written to
 * {@code <data dir>/initial-admin-password} (mode 600). There is no default password.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TupyoProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    InitialAdministrator(Accounts accounts, PasswordEncoder passwords, TupyoProperties properties, AuditLog audit,
                         TransactionTemplate tx) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.any()) {
            return;
        }
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? generate() : given;
        if (!generated) {
            StaffAccounts.checkStrength(password);
        }
        Boolean created = tx.execute(status -> {
            boolean inserted = accounts.insert(USERNAME, "Administrator", passwords.encode(password), Role.ADMIN, null, generated);
            if (inserted) {
                audit.recordAs("system", IdentityAuditEvent.INITIAL_ADMIN_CREATED, "account:" + USERNAME,
                        AuditOutcome.SUCCESS, Map.of("passwordSource", generated ? "generated" : "TUPYO_ADMIN_PASSWORD"));
            }
            return inserted;
        });
        if (Boolean.TRUE.equals(created) && generated) {
            Path file = properties.dataDir().resolve("initial-admin-password");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            // Printed to the console on purpose (not the log): the operator needs it once to sign in.
            System.out.println();
            System.out.println("  First start: sign in as 'admin' with the one-time password  " + password);
            System.out.println("  (also in " + file.toAbsolutePath() + ")");
            System.out.println();
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
