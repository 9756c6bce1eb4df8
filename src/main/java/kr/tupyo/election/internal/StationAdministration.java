package kr.tupyo.election.internal;

import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.ElectionAuditEvent;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Station;
import kr.tupyo.election.StationCode;
import kr.tupyo.platform.ProblemException;
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

    /** One station per 읍면동 of the election's precincts; running it again adds only the missing ones. */
    @Transactional
    public int generateDefaults(ElectionId election) {
        lock(election);
        if (precincts.count(election) == 0) {
            throw new ProblemException(ElectionError.NO_DIVISIONS_FOR_STATIONS);
        }
        int added = stations.generateFromPrecincts(election);
        audit.record(ElectionAuditEvent.STATIONS_GENERATED, "election:" + election, AuditOutcome.SUCCESS,
                Map.of("added", String.valueOf(added)));
        return added;
    }

    /** An extra station in any 읍면동 of the division table (or, without one, of the election's precincts). */
    @Transactional
    public Station create(ElectionId election, String emdCode, String name, String address) {
        lock(election);
        String emd = emdCode == null ? "" : emdCode.strip();
        boolean known = AreaCode.isEmdCode(emd) && divisions.emdCodes().map(c -> c.contains(emd))
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

    private void lock(ElectionId election) {
        elections.findForUpdate(election).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, election));
    }
}
