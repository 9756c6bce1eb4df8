package kr.tupyo.identity.internal;

import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.identity.StaffPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the sign-in form and for HTTP Basic on the token endpoint: throttled,
 * and every outcome audited. A wrong username and a wrong password look the same to the caller.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the username does not exist, so both cases take the same time. */
    private final String dummyHash;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    PasswordAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        String target = "account:" + username;
        if (throttle.isThrottled(username, address)) {
            audit.recordAs("anonymous", IdentityAuditEvent.SIGN_IN_THROTTLED, target, AuditOutcome.DENIED, Map.of());
            throw new SignInThrottledException();
        }
        String hash = accounts.passwordHash(username).orElse(null);
        boolean matches = passwords.matches(password, hash != null ? hash : dummyHash) && hash != null;
        if (!matches) {
            throttle.recordFailure(username, address);
            audit.recordAs("anonymous", IdentityAuditEvent.SIGN_IN_FAILED, target, AuditOutcome.FAILURE, Map.of());
            throw new BadCredentialsException("bad credentials");
        }
        throttle.recordSuccess(username);
        Account account = accounts.find(username).orElseThrow();
        audit.recordAs(username, IdentityAuditEvent.SIGN_IN_SUCCEEDED, target, AuditOutcome.SUCCESS, Map.of());
        StaffPrincipal principal = new StaffPrincipal(username, account.role(), account.stationCode(), account.precinctId());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many recent failures: refused without looking at the password. */
    static final class SignInThrottledException extends AuthenticationException {
        SignInThrottledException() {
            super("too many failed sign-in attempts; try again later");
        }
    }
}
