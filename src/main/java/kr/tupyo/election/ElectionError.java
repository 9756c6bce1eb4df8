package kr.tupyo.election;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of elections, contests, ballots, precincts and stations. */
public enum ElectionError implements ErrorCode {
    ELECTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    INVALID_ELECTION(HttpStatus.UNPROCESSABLE_CONTENT),
    CALENDAR_ORDER_BROKEN(HttpStatus.UNPROCESSABLE_CONTENT),
    CALENDAR_REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    CONTEST_NOT_FOUND(HttpStatus.NOT_FOUND),
    CONTEST_NOT_IN_ELECTION_TYPE(HttpStatus.UNPROCESSABLE_CONTENT),
    INVALID_DISTRICT(HttpStatus.UNPROCESSABLE_CONTENT),
    DISTRICT_OVERLAP(HttpStatus.CONFLICT),
    CONTEST_NAME_TAKEN(HttpStatus.CONFLICT),
    CONTESTS_FIXED(HttpStatus.CONFLICT),
    INVALID_BALLOT_ENTRY(HttpStatus.UNPROCESSABLE_CONTENT),
    BALLOT_NUMBER_TAKEN(HttpStatus.CONFLICT),
    BALLOT_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND),
    PRECINCT_FILE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    PRECINCT_FILE_DUPLICATE(HttpStatus.CONFLICT),
    INVALID_STATION(HttpStatus.UNPROCESSABLE_CONTENT),
    STATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    NO_DIVISIONS_FOR_STATIONS(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ElectionError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
