package kr.tupyo.registry;

/**
 * A text that is not a resident registration number. The message is the reason ({@code FORMAT}: not
 * 13 digits with an optional hyphen after the 6th; {@code DATE}: no such birth date) and never
 * contains the text itself, so it is safe to log.
 */
public class InvalidResidentRegistrationNumberException extends IllegalArgumentException {

    private final String reason;

    public InvalidResidentRegistrationNumberException(String reason) {
        super("not a resident registration number: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
