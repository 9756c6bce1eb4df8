package kr.tupyo.election;

import java.util.List;
import java.util.Optional;

/** Reads elections (implemented in {@code internal}). */
public interface Elections {

    Optional<Election> find(ElectionId id);

    /** All elections, newest election day first. */
    List<Election> all();
}
