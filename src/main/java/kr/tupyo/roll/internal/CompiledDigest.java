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
 * over the stored list, without reading and sorting the list again. A range's V lines are hashed as soon as it and
 * every range before it have ended ({@link #ended}), while later ranges still run, so that little is left to hash
 * once the last range ends.
 */
final class CompiledDigest implements AutoCloseable {

    private final MessageDigest sha;
    private final List<EncryptedSpool> voters = new ArrayList<>();
    private final List<EncryptedSpool> excluded = new ArrayList<>();
    private final boolean[] ended;
    /** The first range whose V lines are not yet in {@link #sha}. */
    private int nextToHash;

    CompiledDigest(ElectionId election, java.time.LocalDate referenceDate, int ranges) {
        this.sha = ListDigest.started(election, referenceDate);
        for (int i = 0; i < ranges; i++) {
            voters.add(i == 0 ? null : new EncryptedSpool());
            excluded.add(new EncryptedSpool());
        }
        this.ended = new boolean[ranges];
    }

    /**
     * Called by the thread that compiled the range, after its last row: hashes the V lines of every range that can now
     * be hashed in order (range 0's went straight in).
     */
    synchronized void ended(int range) {
        ended[range] = true;
        while (nextToHash < ended.length && ended[nextToHash]) {
            if (nextToHash > 0) {
                voters.get(nextToHash).hashInto(sha);
            }
            nextToHash++;
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

    /**
     * After every range has returned all its rows and {@link #ended}; empty when one came out of order (its lines are
     * incomplete).
     */
    synchronized Optional<String> digest(boolean everyRangeInOrder) {
        if (!everyRangeInOrder) {
            return Optional.empty();
        }
        if (nextToHash < ended.length) {
            throw new IllegalStateException("range " + nextToHash + " has not ended");
        }
        excluded.forEach(spool -> spool.hashInto(sha));
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void close() {
        voters.stream().filter(java.util.Objects::nonNull).forEach(EncryptedSpool::close);
        excluded.forEach(EncryptedSpool::close);
    }
}
