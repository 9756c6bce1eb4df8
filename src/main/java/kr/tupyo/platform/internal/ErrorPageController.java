package kr.tupyo.platform.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import kr.tupyo.platform.ErrorCode;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Failures that happen outside any handler (unknown path, upload over the limit, a filter's
 * rejection): problem+json for the API, the error page for people.
 */
@Controller
@PermitAll
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        ErrorCode code = codeFor(status(request));
        ProblemDetail body = problems.of(code, locale);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            body.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, Model model, Locale locale) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return problem(request, locale);
        }
        model.addAttribute("status", status.value());
        model.addAttribute("code", codeFor(status).name());
        return "platform/error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus resolved = status instanceof Integer i ? HttpStatus.resolve(i) : null;
        return resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static ErrorCode codeFor(HttpStatus status) {
        return Arrays.stream(PlatformError.values())
                .filter(code -> code.status() == status)
                .findFirst()
                .orElse(status.is4xxClientError() ? PlatformError.MALFORMED_REQUEST : PlatformError.INTERNAL_ERROR);
    }
}
