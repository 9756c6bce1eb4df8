package kr.tupyo.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.Problems;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an API upload over {@code spring.servlet.multipart.max-request-size} (TUPYO_MAX_UPLOAD_SIZE)
 * with 413 {@code UPLOAD_TOO_LARGE} before anything parses the body. Without it the multipart
 * failure happens outside any handler (and again in the error dispatch), and the client gets a 413
 * with an empty body. Requests without a Content-Length still meet the container's own limit.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UploadLimitFilter(Environment environment, Problems problems, LocaleResolver locales, JsonMapper json) {
        DataSize max = environment.getProperty("spring.servlet.multipart.max-request-size", DataSize.class);
        this.maxBytes = max == null ? -1 : max.toBytes();
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return maxBytes < 0 || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail body = problems.of(PlatformError.UPLOAD_TOO_LARGE, locales.resolveLocale(request));
        body.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(PlatformError.UPLOAD_TOO_LARGE.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asMap(body));
    }
}
