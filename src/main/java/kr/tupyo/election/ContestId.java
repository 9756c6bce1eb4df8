package kr.tupyo.election;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The public identifier of a contest. */
public record ContestId(UUID value) {

    public ContestId {
        Objects.requireNonNull(value, "contest id");
    }

    /** How JSON reads it: a plain string. */
    @JsonCreator
    public static ContestId of(String text) {
        return new ContestId(UUID.fromString(text));
    }

    /** Written as its plain value in JSON. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
