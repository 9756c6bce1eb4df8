package kr.tupyo.identity.internal;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kr.tupyo.identity.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * API tokens this instance has found active in the database, so that a terminal's requests need no
 * token look-up (decision 008). Keyed by the SHA-256 of the token, never the token itself. An entry is
 * used for at most {@link #KEEP}, and only while the revocation check below has run within
 * {@link #TRUSTED_FOR}: every second each instance reads the tokens revoked in the last two minutes
 * and drops them. A token revoked on any instance therefore stops working everywhere within a few
 * seconds; if the check cannot run (database unreachable, scheduler stalled), the cache is bypassed.
 */
@Component
class AuthenticatedTokens {

    private static final Logger log = LoggerFactory.getLogger(AuthenticatedTokens.class);

    static final Duration KEEP = Duration.ofSeconds(60);
    static final Duration TRUSTED_FOR = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 50_000;

    private final ApiTokens tokens;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long lastCheckStarted = System.nanoTime() - TRUSTED_FOR.toNanos() - 1;

    AuthenticatedTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    private record Entry(UUID tokenId, StaffPrincipal principal, long until) {
    }

    /** The caller a token hash stands for, when kept and the revocation check is recent. */
    Optional<StaffPrincipal> find(byte[] hash) {
        long now = System.nanoTime();
        if (now - lastCheckStarted > TRUSTED_FOR.toNanos()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key(hash));
        return entry != null && now - entry.until() < 0 ? Optional.of(entry.principal()) : Optional.empty();
    }

    /** Keeps a token just read as active from the database. */
    void keep(byte[] hash, UUID tokenId, StaffPrincipal principal) {
        long now = System.nanoTime();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now - e.until() >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                return; // bounded: beyond it, tokens are looked up every time
            }
        }
        entries.put(key(hash), new Entry(tokenId, principal, now + KEEP.toNanos()));
    }

    /** Drops a token revoked by this instance at once. */
    void forget(UUID tokenId) {
        entries.values().removeIf(e -> e.tokenId().equals(tokenId));
    }

    /** Drops the tokens revoked recently on any instance; the cache is trusted only while this runs. */
    @Scheduled(initialDelay = 0, fixedDelay = 1000)
    void dropRevoked() {
        long started = System.nanoTime();
        try {
            List<byte[]> revoked = tokens.revokedSince(KEEP.multipliedBy(2));
            revoked.forEach(hash -> entries.remove(key(hash)));
            entries.values().removeIf(e -> started - e.until() >= 0);
            lastCheckStarted = started;
        } catch (RuntimeException e) {
            log.warn("Revoked tokens could not be read; API tokens are looked up on every request until they can: {}",
                    e.toString());
        }
    }

    private static String key(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
