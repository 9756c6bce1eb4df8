package kr.tupyo.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer tpy_...} on API requests. An unknown or revoked token is answered 401 at once. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final StaffTokens tokens;
    private final AuditLog audit;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(StaffTokens tokens, AuditLog audit, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.audit = audit;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.authenticate(header.substring(7).strip());
        if (principal.isEmpty()) {
            audit.recordAs("anonymous", IdentityAuditEvent.TOKEN_REJECTED, request.getRequestURI(), AuditOutcome.DENIED,
                    Map.of("method", request.getMethod()));
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new StaffAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
