package kr.tupyo.platform;

import org.springframework.http.HttpStatus;

/** Errors any endpoint can answer with, independent of its domain. */
public enum PlatformError implements ErrorCode {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    ACCESS_DENIED(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
    JOB_NOT_FOUND(HttpStatus.NOT_FOUND),
    JOB_RESULT_NOT_READY(HttpStatus.CONFLICT),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    PlatformError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
