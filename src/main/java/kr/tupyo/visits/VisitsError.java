package kr.tupyo.visits;

import kr.tupyo.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the visits desk (messages in i18n/errors_visits*.properties). */
public enum VisitsError implements ErrorCode {
    VISIT_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_PARTNER_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_OFFICIAL_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_ITEM_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_PARTNER_CONTACT_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_PARTNER_EXISTS(HttpStatus.CONFLICT),
    VISIT_INVALID_TRANSITION(HttpStatus.CONFLICT),
    VISIT_NOT_ACCEPTED(HttpStatus.CONFLICT),
    VISIT_INVALID_REQUEST(HttpStatus.BAD_REQUEST),
    VISIT_DECLINE_REASON_REQUIRED(HttpStatus.BAD_REQUEST),
    VISIT_FORM_REJECTED(HttpStatus.BAD_REQUEST),
    VISIT_FORM_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    VISIT_TEMPLATE_INVALID(HttpStatus.BAD_REQUEST),
    VISIT_NOT_SCHEDULED(HttpStatus.CONFLICT),
    VISIT_PHOTO_INVALID(HttpStatus.BAD_REQUEST),
    VISIT_OFFICIAL_RETIRED(HttpStatus.CONFLICT),
    VISIT_OFFICIAL_STILL_BOOKED(HttpStatus.CONFLICT),
    VISIT_ABSENCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_ROOM_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_ROOM_EXISTS(HttpStatus.CONFLICT),
    VISIT_ROOM_CLOSED(HttpStatus.CONFLICT),
    VISIT_ROOM_STILL_BOOKED(HttpStatus.CONFLICT),
    VISIT_ROOM_TOO_SMALL_FOR_BOOKED(HttpStatus.CONFLICT),
    VISIT_BLACKOUT_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_HOLIDAY_EXISTS(HttpStatus.CONFLICT),
    VISIT_HOLIDAY_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    VisitsError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
