package kr.tupyo.experience;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the experience room's demo sessions. */
public enum ExperienceError implements ErrorCode {
    DEMO_SESSION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The session was closed: it answers no more identifications or issuances. */
    DEMO_SESSION_CLOSED(HttpStatus.CONFLICT),
    /** Unknown scenario, a title missing or too long, or a guest count outside 1–200. */
    INVALID_DEMO_SESSION(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Not a demo card number (the kiosk takes only numbers with the reserved demo digits). */
    NOT_A_DEMO_NUMBER(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The station is neither of the session's two demo stations. */
    DEMO_STATION_NOT_FOUND(HttpStatus.UNPROCESSABLE_CONTENT),
    DEMO_IDENTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The identification did not find an eligible demo voter. */
    DEMO_NOT_ELIGIBLE(HttpStatus.CONFLICT),
    /** The demo voter already received ballots in this session (where and when in the problem). */
    DEMO_ALREADY_ISSUED(HttpStatus.CONFLICT),
    DEMO_IDEMPOTENCY_KEY_REQUIRED(HttpStatus.BAD_REQUEST),
    /** The same Idempotency-Key was sent with another identification. */
    DEMO_IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    DEMO_INVALID_SIGNATURE(HttpStatus.UNPROCESSABLE_CONTENT),
    DEMO_ISSUANCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** An in-district demo voter needs no return envelope. */
    DEMO_NO_RETURN_ENVELOPE(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ExperienceError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
