package kr.tupyo.earlyvoting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Kept<Optional<Station>>> stationCache = new ConcurrentHashMap<>();

    StationDirectory(Elections elections, Stations stations) {
        this.elections = elections;
        this.stations = stations;
    }

    Optional<Election> election(ElectionId id) {
        return fresh(electionCache, id, () -> elections.find(id));
    }

    Optional<Station> station(ElectionId election, StationCode code) {
        return fresh(stationCache, election + "/" + code, () -> stations.find(election, code));
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
