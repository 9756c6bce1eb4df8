package kr.tupyo.registry;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the registry's imports and look-ups. */
public enum RegistryError implements ErrorCode {
    /** The file has invalid rows; the body lists every error by line and column. Nothing was stored. */
    IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The same file (by SHA-256) was already accepted. */
    DUPLICATE_IMPORT(HttpStatus.CONFLICT),
    /** A division table with that effective date already exists. */
    DIVISION_VERSION_EXISTS(HttpStatus.CONFLICT),
    IMPORT_NOT_FOUND(HttpStatus.NOT_FOUND),
    INVALID_IMPORT_DATE(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    RegistryError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
