package kr.tupyo.roll;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of voters lists, their jobs, inspection, objections and corrections. */
public enum RollError implements ErrorCode {
    ROLL_NOT_COMPILED(HttpStatus.NOT_FOUND),
    ROLL_ALREADY_FINALISED(HttpStatus.CONFLICT),
    ROLL_NOT_FINALISED(HttpStatus.CONFLICT),
    ROLL_OBJECTIONS_PENDING(HttpStatus.CONFLICT),
    ROLL_FINALISING(HttpStatus.CONFLICT),
    ROLL_CONTESTS_CHANGED(HttpStatus.CONFLICT),
    ROLL_COMPILATION_RUNNING(HttpStatus.CONFLICT),
    ROLL_PRECINCT_NOT_FOUND(HttpStatus.NOT_FOUND),
    ROLL_INVALID_RRN(HttpStatus.UNPROCESSABLE_CONTENT),
    ROLL_INVALID_REQUEST(HttpStatus.UNPROCESSABLE_CONTENT),
    ROLL_OUTSIDE_INSPECTION(HttpStatus.CONFLICT),
    ROLL_INSPECTION_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    ROLL_OBJECTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    ROLL_OBJECTION_DECIDED(HttpStatus.CONFLICT),
    ROLL_OBJECTION_NOT_APPLICABLE(HttpStatus.UNPROCESSABLE_CONTENT),
    ROLL_VOTER_NOT_FOUND(HttpStatus.NOT_FOUND),
    ROLL_ALREADY_CORRECTED(HttpStatus.CONFLICT),
    ROLL_NOT_ON_REGISTER(HttpStatus.UNPROCESSABLE_CONTENT),
    ROLL_ALREADY_ON_LIST(HttpStatus.CONFLICT),
    ROLL_OUTSIDE_ELECTION_AREA(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    RollError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
