package kr.tupyo.roll.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.tupyo.election.ElectionId;

/**
 * The digest of a list put together from the lines its compiling statements return ({@link CompiledRange}),
 * one range of 읍면동 codes each, while they run: the V lines of the first range go straight into SHA-256, the
 * V lines of the others and every range's X lines wait in {@link EncryptedSpool}s until their turn (the
 * canonical order is every V line, range by range, then every X line). The same bytes as {@link ListDigest}
 * over the stored list, without reading and sorting the list again.
 */
final class CompiledDigest implements AutoCloseable {

    private final MessageDigest sha;
    private final List<EncryptedSpool> voters = new ArrayList<>();
    private final List<EncryptedSpool> excluded = new ArrayList<>();

    CompiledDigest(ElectionId election, java.time.LocalDate referenceDate, int ranges) {
        this.sha = ListDigest.started(election, referenceDate);
        for (int i = 0; i < ranges; i++) {
            voters.add(i == 0 ? null : new EncryptedSpool());
            excluded.add(new EncryptedSpool());
        }
    }

    /** Where the range's V lines go (called by the one thread that compiles the range). */
    ListDigest.LineSink voters(int range) {
        if (range == 0) {
            return (bytes, length) -> {
                sha.update(bytes, 0, length);
                sha.update((byte) '\n');
            };
        }
        return voters.get(range)::line;
    }

    ListDigest.LineSink excluded(int range) {
        return excluded.get(range)::line;
    }

    /** After every range has returned all its rows; empty when one came out of order (its lines are incomplete). */
    Optional<String> digest(boolean everyRangeInOrder) {
        if (!everyRangeInOrder) {
            return Optional.empty();
        }
        voters.subList(1, voters.size()).forEach(spool -> spool.hashInto(sha));
        excluded.forEach(spool -> spool.hashInto(sha));
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void close() {
        voters.stream().filter(java.util.Objects::nonNull).forEach(EncryptedSpool::close);
        excluded.forEach(EncryptedSpool::close);
    }
}
