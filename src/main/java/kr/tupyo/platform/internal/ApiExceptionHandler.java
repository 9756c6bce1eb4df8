package kr.tupyo.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.tupyo.platform.ErrorCode;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping from failures of API handlers ({@code @RestController}s) to problem+json. Pages
 * have their own error page; see {@link ErrorPageController} and {@link PageProblemHandler}. First of the
 * advices: a {@code @RestController} is a {@code @Controller} too, so the pages' handler would also apply to it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, Locale locale) {
        return respond(e.code(), problems.of(e, locale));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::fieldError).toList();
        return respond(PlatformError.VALIDATION_FAILED,
                problems.of(PlatformError.VALIDATION_FAILED, locale, Map.of("errors", errors)));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<Map<String, Object>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.<String, Object>of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return respond(PlatformError.VALIDATION_FAILED,
                problems.of(PlatformError.VALIDATION_FAILED, locale, Map.of("errors", errors)));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MissingRequestHeaderException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> malformed(Exception e, Locale locale) {
        return respond(PlatformError.MALFORMED_REQUEST,
                problems.of(PlatformError.MALFORMED_REQUEST, locale, Map.of("reason", reason(e))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return respond(PlatformError.UPLOAD_TOO_LARGE, problems.of(PlatformError.UPLOAD_TOO_LARGE, locale));
    }

    /**
     * Rethrown on purpose: Spring Security's filter answers it (401 for anonymous callers, 403 with an
     * audit entry otherwise), the same way as for rules enforced before the handler.
     */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, Locale locale) {
        return respond(PlatformError.NOT_FOUND, problems.of(PlatformError.NOT_FOUND, locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return respond(PlatformError.METHOD_NOT_ALLOWED, problems.of(PlatformError.METHOD_NOT_ALLOWED, locale));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return respond(PlatformError.UNSUPPORTED_MEDIA_TYPE, problems.of(PlatformError.UNSUPPORTED_MEDIA_TYPE, locale));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, Locale locale) {
        return respond(PlatformError.NOT_ACCEPTABLE, problems.of(PlatformError.NOT_ACCEPTABLE, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(PlatformError.INTERNAL_ERROR, problems.of(PlatformError.INTERNAL_ERROR, locale));
    }

    private static ResponseEntity<ProblemDetail> respond(ErrorCode code, ProblemDetail body) {
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static Map<String, Object> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static String reason(Exception e) {
        return switch (e) {
            case MissingServletRequestParameterException m -> "missing parameter '" + m.getParameterName() + "'";
            case MissingServletRequestPartException m -> "missing part '" + m.getRequestPartName() + "'";
            case MissingRequestHeaderException m -> "missing header '" + m.getHeaderName() + "'";
            case MethodArgumentTypeMismatchException m -> "invalid value for '" + m.getName() + "'";
            default -> "the request body could not be read";
        };
    }
}
