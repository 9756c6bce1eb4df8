package kr.tupyo.election.internal;

import java.util.List;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Precinct;
import kr.tupyo.election.Station;
import org.springframework.stereotype.Service;

/** Precincts and stations of an election by region, for the election page and the API. */
@Service
public class ElectionRegions {

    private final JdbcPrecincts precincts;
    private final JdbcStations stations;

    ElectionRegions(JdbcPrecincts precincts, JdbcStations stations) {
        this.precincts = precincts;
        this.stations = stations;
    }

    public List<RegionCount> perSgg(ElectionId election) {
        return precincts.perSgg(election);
    }

    public List<RegionCount> perSido(ElectionId election) {
        return JdbcPrecincts.perSido(precincts.perSgg(election));
    }

    public static List<RegionCount> sumPerSido(List<RegionCount> perSgg) {
        return JdbcPrecincts.perSido(perSgg);
    }

    /** All regions together (names null). */
    public static RegionCount total(List<RegionCount> perSgg) {
        return perSgg.stream().reduce(new RegionCount(null, null, null, 0, 0, 0, 0),
                (a, b) -> new RegionCount(null, null, null, a.emds() + b.emds(), a.precincts() + b.precincts(),
                        a.electors() + b.electors(), a.stations() + b.stations()));
    }

    public List<Precinct> precincts(ElectionId election, String sggCode) {
        return sggCode == null || sggCode.isBlank() ? precincts.of(election) : precincts.inSgg(election, sggCode.strip());
    }

    public List<Station> stations(ElectionId election, String sggCode) {
        return sggCode == null || sggCode.isBlank() ? stations.of(election) : stations.inSgg(election, sggCode.strip());
    }
}
