package kr.tupyo.election.internal;

import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionAuditEvent;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Station;
import kr.tupyo.election.StationCode;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.Division;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generating the default early-voting stations and adding extra ones; audited. */
@Service
public class StationAdministration {

    private final JdbcElections elections;
    private final JdbcStations stations;
    private final JdbcPrecincts precincts;
    private final KnownDivisions divisions;
    private final AuditLog audit;

    StationAdministration(JdbcElections elections, JdbcStations stations, JdbcPrecincts precincts,
                          KnownDivisions divisions, AuditLog audit) {
        this.elections = elections;
        this.stations = stations;
        this.precincts = precincts;
        this.divisions = divisions;
        this.audit = audit;
    }

    /**
     * One station per 읍면동 of the division table in force on election day (or, with no table in
     * force, per 읍면동 of the election's precincts); running it again adds only the missing ones.
     */
    @Transactional
    public int generateDefaults(ElectionId election) {
        Election e = lock(election);
        var emds = divisions.emds(e.electionDay());
        int added;
        if (emds.isPresent() && !emds.get().isEmpty()) {
            added = 0;
            for (Division d : emds.get()) {
                if (stations.insert(new Station(StationCode.of(d.emdCode(), 1), election, d.emdCode(),
                        d.emdName() + " 사전투표소", d.fullName(), true))) {
                    added++;
                }
            }
        } else if (precincts.count(election) > 0) {
            added = stations.generateFromPrecincts(election);
        } else {
            throw new ProblemException(ElectionError.NO_DIVISIONS_FOR_STATIONS);
        }
        audit.record(ElectionAuditEvent.STATIONS_GENERATED, "election:" + election, AuditOutcome.SUCCESS,
                Map.of("added", String.valueOf(added)));
        return added;
    }

    /** An extra station in any 읍면동 of the division table (or, without one, of the election's precincts). */
    @Transactional
    public Station create(ElectionId election, String emdCode, String name, String address) {
        Election e = lock(election);
        String emd = emdCode == null ? "" : emdCode.strip();
        boolean known = AreaCode.isEmdCode(emd) && divisions.areaCodes(e.electionDay()).map(c -> c.contains(emd))
                .orElseGet(() -> precincts.hasEmd(election, emd));
        if (!known) {
            throw new ProblemException(ElectionError.INVALID_STATION, "unknown 읍면동 code: " + emd);
        }
        if (name == null || name.isBlank() || address == null || address.isBlank()) {
            throw new ProblemException(ElectionError.INVALID_STATION, "a station needs a name and an address");
        }
        int sequence = stations.nextExtraSequence(election, emd);
        if (sequence > 999) {
            throw new ProblemException(ElectionError.INVALID_STATION, "too many stations in " + emd);
        }
        Station station = new Station(StationCode.of(emd, sequence), election, emd, name.strip(), address.strip(), false);
        stations.insert(station);
        audit.record(ElectionAuditEvent.STATION_CREATED, "station:" + station.code(), AuditOutcome.SUCCESS,
                Map.of("election", election.toString()));
        return station;
    }

    private Election lock(ElectionId election) {
        return elections.findForUpdate(election).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, election));
    }
}
