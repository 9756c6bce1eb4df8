package kr.tupyo.earlyvoting;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of identification, issuance, printing and the station day. */
public enum EarlyVotingError implements ErrorCode {
    /** The caller's station is not a station of this election. */
    EV_STATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    EV_ELECTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Outside 06:00–18:00 Korea time on the election's early-voting days. */
    OUTSIDE_EARLY_VOTING_HOURS(HttpStatus.CONFLICT),
    STATION_NOT_OPEN(HttpStatus.CONFLICT),
    STATION_ALREADY_OPEN(HttpStatus.CONFLICT),
    STATION_ALREADY_CLOSED(HttpStatus.CONFLICT),
    INVALID_IDENTIFICATION_REQUEST(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Several voters share the name and birth date: identify by RRN. */
    IDENTIFICATION_AMBIGUOUS(HttpStatus.CONFLICT),
    IDENTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The identification did not find an eligible voter, or is too old to issue on. */
    IDENTIFICATION_NOT_ELIGIBLE(HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REQUIRED(HttpStatus.BAD_REQUEST),
    /** The same Idempotency-Key was sent with another identification. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    INVALID_SIGNATURE(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The voter already received ballots in this election (where and when in the problem). */
    ALREADY_ISSUED(HttpStatus.CONFLICT),
    ISSUANCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The ballots of an issuance are printed once; a reprint is a spoil-and-reissue. */
    BALLOTS_ALREADY_PRINTED(HttpStatus.GONE),
    /** An in-district voter casts the ballots at the station and needs no return envelope. */
    NO_RETURN_ENVELOPE(HttpStatus.CONFLICT),
    /** Spoil-and-reissue needs a reason and every serial of the printed set. */
    INVALID_SPOIL(HttpStatus.UNPROCESSABLE_CONTENT),
    NOTHING_TO_SPOIL(HttpStatus.CONFLICT);

    private final HttpStatus status;

    EarlyVotingError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
