package kr.tupyo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A page the signed-in person's role does not allow: audited, then the 403 error page. */
final class WebAccessDenied implements AccessDeniedHandler {

    private final AuditLog audit;

    WebAccessDenied(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        audit.record(IdentityAuditEvent.ACCESS_DENIED, request.getRequestURI(), AuditOutcome.DENIED,
                Map.of("method", request.getMethod(), "reason", e instanceof CsrfException ? "csrf" : "role"));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
