package kr.tupyo.identity;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of accounts, tokens and sign-in. */
public enum IdentityError implements ErrorCode {
    USERNAME_TAKEN(HttpStatus.CONFLICT),
    INVALID_USERNAME(HttpStatus.UNPROCESSABLE_CONTENT),
    WEAK_PASSWORD(HttpStatus.UNPROCESSABLE_CONTENT),
    STATION_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    STATION_NOT_APPLICABLE(HttpStatus.UNPROCESSABLE_CONTENT),
    ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND),
    TOKEN_NOT_FOUND(HttpStatus.NOT_FOUND),
    SIGN_IN_THROTTLED(HttpStatus.TOO_MANY_REQUESTS),
    WRONG_CURRENT_PASSWORD(HttpStatus.UNPROCESSABLE_CONTENT),
    PASSWORD_NOT_CHANGED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A station-bound caller asked to act for another station than their own. */
    OTHER_STATION(HttpStatus.FORBIDDEN),
    PRECINCT_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    PRECINCT_NOT_APPLICABLE(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A precinct-bound caller asked to act for another precinct than their own. */
    OTHER_PRECINCT(HttpStatus.FORBIDDEN);

    private final HttpStatus status;

    IdentityError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
