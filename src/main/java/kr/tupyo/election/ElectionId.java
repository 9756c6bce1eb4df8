package kr.tupyo.election;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The public identifier of an election. */
public record ElectionId(UUID value) {

    public ElectionId {
        Objects.requireNonNull(value, "election id");
    }

    /** Also how JSON reads it (a plain string), e.g. from the event publication registry. */
    @JsonCreator
    public static ElectionId of(String text) {
        return new ElectionId(UUID.fromString(text));
    }


    /** Written as its plain value in JSON. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
