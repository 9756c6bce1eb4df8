package kr.tupyo.turnout;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of turnout, reconciliation and the election-day lists. */
public enum TurnoutError implements ErrorCode {
    TURNOUT_ELECTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    TURNOUT_STATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    TURNOUT_PRECINCT_NOT_FOUND(HttpStatus.NOT_FOUND),
    TURNOUT_INVALID_BOUNDARIES(HttpStatus.UNPROCESSABLE_CONTENT),
    TURNOUT_NO_BOUNDARIES(HttpStatus.NOT_FOUND),
    TURNOUT_INVALID_CURVE(HttpStatus.UNPROCESSABLE_CONTENT),
    TURNOUT_INVALID_ENTRY(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A station-load area that is not a 2-digit 시도 or 5-digit 시군구 code. */
    TURNOUT_INVALID_AREA(HttpStatus.UNPROCESSABLE_CONTENT),
    /** An hourly figure below an earlier hour's or above a later hour's: cumulative counts never go down. */
    TURNOUT_ENTRY_NOT_CUMULATIVE(HttpStatus.UNPROCESSABLE_CONTENT),
    TURNOUT_ROLL_NOT_FINALISED(HttpStatus.CONFLICT),
    TURNOUT_EARLY_VOTING_NOT_CLOSED(HttpStatus.CONFLICT),
    TURNOUT_LIST_JOB_NOT_FOUND(HttpStatus.NOT_FOUND),
    TURNOUT_LIST_NOT_READY(HttpStatus.CONFLICT),
    /** A list file on disk no longer has the SHA-256 recorded when it was written. */
    TURNOUT_LIST_ALTERED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    TurnoutError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
