package kr.tupyo.identity.internal;

import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.identity.IdentityError;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.ProblemException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does with accounts: create, reset a password, disable. Every change is audited. */
@Service
public class StaffAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    StaffAccounts(Accounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public Account create(String username, String displayName, Role role, String stationCode, String password) {
        return create(username, displayName, role, stationCode, null, password);
    }

    /** Station staff name their station, precinct officials their precinct (a precinct id of one election). */
    @Transactional
    public Account create(String username, String displayName, Role role, String stationCode, Long precinctId,
                          String password) {
        String station = StationBinding.check(role, stationCode);
        Long precinct = StationBinding.checkPrecinct(role, precinctId);
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new ProblemException(IdentityError.INVALID_USERNAME);
        }
        checkStrength(password);
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (!accounts.insert(username, name, passwords.encode(password), role, station, precinct, false)) {
            throw new ProblemException(IdentityError.USERNAME_TAKEN, Map.of("username", username), username);
        }
        audit.record(IdentityAuditEvent.ACCOUNT_CREATED, "account:" + username, AuditOutcome.SUCCESS,
                binding(role, station, precinct));
        return accounts.find(username).orElseThrow();
    }

    /** An administrator sets a password; its owner must replace it at the next sign-in. */
    @Transactional
    public void resetPassword(String username, String password) {
        checkStrength(password);
        if (!accounts.updatePassword(username, passwords.encode(password), true)) {
            throw new ProblemException(IdentityError.ACCOUNT_NOT_FOUND, username);
        }
        audit.record(IdentityAuditEvent.PASSWORD_RESET, "account:" + username, AuditOutcome.SUCCESS);
    }

    /** The signed-in person replaces their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement) {
        String hash = accounts.passwordHash(username).orElseThrow(
                () -> new ProblemException(IdentityError.ACCOUNT_NOT_FOUND, username));
        if (!passwords.matches(current, hash)) {
            audit.record(IdentityAuditEvent.PASSWORD_CHANGED, "account:" + username, AuditOutcome.FAILURE);
            throw new ProblemException(IdentityError.WRONG_CURRENT_PASSWORD);
        }
        checkStrength(replacement);
        if (replacement.equals(current)) {
            throw new ProblemException(IdentityError.PASSWORD_NOT_CHANGED);
        }
        accounts.updatePassword(username, passwords.encode(replacement), false);
        audit.record(IdentityAuditEvent.PASSWORD_CHANGED, "account:" + username, AuditOutcome.SUCCESS);
    }

    public boolean mustChangePassword(String username) {
        return accounts.mustChangePassword(username);
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        if (!accounts.setEnabled(username, enabled)) {
            throw new ProblemException(IdentityError.ACCOUNT_NOT_FOUND, username);
        }
        audit.record(enabled ? IdentityAuditEvent.ACCOUNT_ENABLED : IdentityAuditEvent.ACCOUNT_DISABLED,
                "account:" + username, AuditOutcome.SUCCESS);
    }

    public List<Account> all() {
        return accounts.all();
    }

    /** The audit details of a new account or token: its role and what it is bound to. */
    static Map<String, String> binding(Role role, String station, Long precinct) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("role", role.name());
        if (station != null) {
            details.put("station", station);
        }
        if (precinct != null) {
            details.put("precinct", precinct.toString());
        }
        return details;
    }

    static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw new ProblemException(IdentityError.WEAK_PASSWORD, MIN_PASSWORD_LENGTH);
        }
    }
}
