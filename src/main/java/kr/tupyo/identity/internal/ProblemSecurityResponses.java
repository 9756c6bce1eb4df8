package kr.tupyo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.identity.IdentityError;
import kr.tupyo.platform.ErrorCode;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as problem+json, in the caller's language; every 403 is audited. */
@Component
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final AuditLog audit;

    ProblemSecurityResponses(Problems problems, LocaleResolver locales, JsonMapper json, AuditLog audit) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ErrorCode code = e instanceof PasswordAuthenticationProvider.SignInThrottledException
                ? IdentityError.SIGN_IN_THROTTLED : PlatformError.UNAUTHENTICATED;
        if (code == PlatformError.UNAUTHENTICATED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        write(request, response, code);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        audit.record(IdentityAuditEvent.ACCESS_DENIED, request.getRequestURI(), AuditOutcome.DENIED,
                Map.of("method", request.getMethod()));
        write(request, response, PlatformError.ACCESS_DENIED);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        ProblemDetail body = problems.of(code, locales.resolveLocale(request));
        body.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asMap(body));
    }
}
