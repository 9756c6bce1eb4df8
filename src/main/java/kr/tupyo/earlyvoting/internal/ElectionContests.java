package kr.tupyo.earlyvoting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.Contests;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.VoterContests;
import org.springframework.stereotype.Component;

/**
 * Contests and in-district areas as early voting reads them on every identification, kept for a
 * minute: contests are fixed long before early voting, and the identification budget (p99 10 ms)
 * has no room for re-reading them per voter.
 */
@Component
public class ElectionContests {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Contests contests;
    private final ContestResolver resolver;
    private final Map<ElectionId, Cached<Map<ContestId, Contest>>> byElection = new ConcurrentHashMap<>();
    private final Map<String, Cached<VoterContests>> byEmd = new ConcurrentHashMap<>();

    ElectionContests(Contests contests, ContestResolver resolver) {
        this.contests = contests;
        this.resolver = resolver;
    }

    Map<ContestId, Contest> of(ElectionId election) {
        return fresh(byElection, election, e -> contests.of(e).stream()
                .collect(Collectors.toMap(Contest::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** The contests of these ids, from the kept contests of the election (one read a minute). */
    public List<Contest> all(ElectionId election, List<ContestId> ids) {
        Map<ContestId, Contest> known = of(election);
        return ids.stream().map(id -> {
            Contest contest = known.get(id);
            return contest != null ? contest : contests.find(id).orElseThrow();
        }).toList();
    }

    /** True when a station in {@code stationEmd} is in the voter's own district (관내). */
    boolean inDistrict(ElectionId election, String voterEmd, String stationEmd) {
        return fresh(byEmd, election + "/" + voterEmd, k -> resolver.resolve(election, voterEmd, true))
                .isInDistrict(stationEmd);
    }

    private static <K, V> V fresh(Map<K, Cached<V>> cache, K key, Function<K, V> load) {
        Instant now = Clock.systemUTC().instant();
        Cached<V> hit = cache.get(key);
        if (hit == null || hit.until().isBefore(now)) {
            hit = new Cached<>(load.apply(key), now.plus(KEEP));
            cache.put(key, hit);
        }
        return hit.value();
    }

    private record Cached<V>(V value, Instant until) {
    }
}
