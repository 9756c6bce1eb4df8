package kr.tupyo.turnout.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import kr.tupyo.election.ElectionId;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.RollFinalised;
import kr.tupyo.roll.VoterAddedByCourtOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The denominator of turnout: voters on the finalised list per 읍면동, copied once from the roll module
 * when the list is finalised (or on first use), so that no request ever counts the list. A finalised
 * list never changes (later corrections block voters, they do not remove them); a court-ordered addition
 * adds one voter, and the copy is taken again.
 * The copy is idempotent: a redelivered {@link RollFinalised} inserts nothing.
 */
@Component
class Electorate {

    private final JdbcClient jdbc;
    private final PrecinctLists lists;

    Electorate(JdbcClient jdbc, PrecinctLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @ApplicationModuleListener
    void on(RollFinalised finalised) {
        copy(finalised.election());
    }

    /** A court-ordered addition grows its 읍면동's electorate: the copy is taken again and replaces the old one. */
    @ApplicationModuleListener
    void on(VoterAddedByCourtOrder added) {
        lists.votersPerEmd(added.election()).forEach((emd, voters) -> jdbc.sql("""
                INSERT INTO turnout_electors (election_id, emd_code, electors) VALUES (?, ?, ?)
                ON CONFLICT (election_id, emd_code) DO UPDATE SET electors = EXCLUDED.electors""")
                .params(added.election().value(), emd, voters).update());
    }

    /** Voters per 읍면동 code; empty while the list is not finalised. */
    Map<String, Long> perEmd(ElectionId election) {
        Map<String, Long> electors = read(election);
        if (electors.isEmpty()) {
            copy(election);
            electors = read(election);
        }
        return electors;
    }

    private void copy(ElectionId election) {
        lists.votersPerEmd(election).forEach((emd, voters) -> jdbc.sql("""
                INSERT INTO turnout_electors (election_id, emd_code, electors) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(election.value(), emd, voters).update());
    }

    private Map<String, Long> read(ElectionId election) {
        Map<String, Long> electors = new LinkedHashMap<>();
        jdbc.sql("SELECT emd_code, electors FROM turnout_electors WHERE election_id = ? ORDER BY emd_code")
                .param(election.value()).query(rs -> {
                    electors.put(rs.getString(1).trim(), rs.getLong(2));
                });
        return electors;
    }
}
