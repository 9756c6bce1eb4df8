package kr.tupyo.roll.internal;

import java.util.List;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentDeathsRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the register records deaths, every finalised voters list blocks those of its voters by a
 * correction version (DECEASED_AFTER_FINALISATION), without waiting for an officer. A draft list needs
 * nothing: its next compilation excludes them as DECEASED. A list still FINALISING at that moment is not
 * corrected here: the officer's "record deaths" (or the next import with deaths) catches it up.
 */
@Component
class DeathCorrections {

    private static final Logger log = LoggerFactory.getLogger(DeathCorrections.class);

    private final JdbcClient jdbc;
    private final Corrections corrections;

    DeathCorrections(JdbcClient jdbc, Corrections corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    @ApplicationModuleListener
    void on(ResidentDeathsRecorded deaths) {
        List<ElectionId> finalised = jdbc.sql("SELECT election_id FROM voters_lists WHERE status = 'FINALISED' ORDER BY election_id")
                .query((rs, n) -> new ElectionId(rs.getObject(1, UUID.class))).list();
        for (ElectionId election : finalised) {
            int recorded = corrections.recordDeaths(election, "registry:" + deaths.importId());
            if (recorded > 0) {
                log.info("{} death(s) of import {} blocked on the finalised list of election {}", recorded,
                        deaths.importId(), election);
            }
        }
    }
}
