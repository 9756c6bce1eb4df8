package kr.tupyo.earlyvoting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.election.Station;
import kr.tupyo.election.StationCode;
import kr.tupyo.election.Stations;
import org.springframework.stereotype.Component;

/**
 * Elections and stations as every station request reads them, kept for ten seconds: thousands of
 * terminals ask for the same few rows, which change only by an administrator's edit (a calendar move
 * then takes effect within ten seconds on every instance).
 */
@Component
class StationDirectory {

    private static final Duration KEEP = Duration.ofSeconds(10);

    private final Elections elections;
    private final Stations stations;
    private final Map<ElectionId, Kept<Optional<Election>>> electionCache = new ConcurrentHashMap<>();
    // All stations of an election in one read: a cache per station missed almost always, since each of
    // 3,500 stations is asked only every few seconds even at the national peak.
    private final Map<ElectionId, Kept<Map<StationCode, Station>>> stationCache = new ConcurrentHashMap<>();

    StationDirectory(Elections elections, Stations stations) {
        this.elections = elections;
        this.stations = stations;
    }

    Optional<Election> election(ElectionId id) {
        return fresh(electionCache, id, () -> elections.find(id));
    }

    Optional<Station> station(ElectionId election, StationCode code) {
        Station station = fresh(stationCache, election, () -> stations.of(election).stream()
                .collect(Collectors.toUnmodifiableMap(Station::code, s -> s, (a, b) -> a))).get(code);
        // A station created in the last ten seconds is not in the kept map yet: ask for it alone.
        return station != null ? Optional.of(station) : stations.find(election, code);
    }

    private static <K, V> V fresh(Map<K, Kept<V>> cache, K key, java.util.function.Supplier<V> load) {
        Instant now = Clock.systemUTC().instant(); // wall time for expiry, not the (settable) election clock
        Kept<V> hit = cache.get(key);
        if (hit == null || hit.until().isBefore(now)) {
            hit = new Kept<>(load.get(), now.plus(KEEP));
            cache.put(key, hit);
        }
        return hit.value();
    }

    private record Kept<V>(V value, Instant until) {
    }
}
