package kr.tupyo.platform;

import org.springframework.http.HttpStatus;

/**
 * A stable error code of the API, as it appears in the {@code code} member of every problem+json
 * body. Each module lists its codes in one enum implementing this; together they are the one error
 * catalogue (docs/errors.md, generated and checked by a test). Messages live in
 * {@code i18n/errors_*.properties} under {@code error.<CODE>}.
 */
public interface ErrorCode {

    String name();

    HttpStatus status();

    default String messageKey() {
        return "error." + name();
    }
}
