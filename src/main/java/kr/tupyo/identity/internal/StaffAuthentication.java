package kr.tupyo.identity.internal;

import java.util.List;
import kr.tupyo.identity.StaffPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API token: its principal's name is what the audit log records as the actor. */
final class StaffAuthentication extends AbstractAuthenticationToken {

    private final StaffPrincipal principal;

    StaffAuthentication(StaffPrincipal principal) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.name();
    }
}
