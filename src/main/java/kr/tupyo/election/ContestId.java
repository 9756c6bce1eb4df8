package kr.tupyo.election;

import java.util.Objects;
import java.util.UUID;

/** The public identifier of a contest. */
public record ContestId(UUID value) {

    public ContestId {
        Objects.requireNonNull(value, "contest id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
