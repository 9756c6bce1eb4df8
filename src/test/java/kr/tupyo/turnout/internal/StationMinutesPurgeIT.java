package kr.tupyo.turnout.internal;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.platform.KoreaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-minute arrivals behind station load are pruned once the 15-minute window (and its margin) no
 * longer needs them; station load is the same before and after; while another instance holds the job's
 * advisory lock, this one skips and deletes nothing.
 */
@EarlyVotingIntegrationTest
class StationMinutesPurgeIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    StationMinutesPurge purge;
    @Autowired
    StationLoad load;
    @Autowired
    TurnoutElections elections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private void arrivals(EarlyVotingFixture.Sample s, String station, LocalTime at, int issued) {
        jdbc.sql("INSERT INTO turnout_station_minutes (election_id, station_code, minute, issued) VALUES (?, ?, ?, ?)")
                .params(s.election.value(), station, Timestamp.from(LocalDateTime.of(DAY_1, at).atZone(KoreaTime.ZONE).toInstant()), issued)
                .update();
    }

    private List<LocalTime> minutesKept(EarlyVotingFixture.Sample s) {
        return jdbc.sql("SELECT minute FROM turnout_station_minutes WHERE election_id = ? ORDER BY minute")
                .param(s.election.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(KoreaTime.ZONE).toLocalTime()).list();
    }

    private long arrivalsLast15(EarlyVotingFixture.Sample s) {
        return load.of(elections.require(s.election.value())).stream().mapToLong(StationLoad.Load::arrivalsLast15).sum();
    }

    @Test
    void minutesOlderThanTheWindowNeedsArePrunedAndTheLoadIsUnchanged() {
        var s = fixture.sample();
        arrivals(s, s.seoulStation, LocalTime.of(9, 0), 7);
        arrivals(s, s.seoulStation, LocalTime.of(10, 59), 5);
        arrivals(s, s.seoulStation, LocalTime.of(11, 1), 3);
        arrivals(s, s.seoulStation, LocalTime.of(11, 50), 4);
        arrivals(s, s.busanStation, LocalTime.of(11, 55), 2);
        fixture.at(DAY_1, LocalTime.of(12, 0));
        long before = arrivalsLast15(s);
        assertThat(before).isEqualTo(6);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);

        assertThat(minutesKept(s)).as("an hour back from 12:00 is kept, older minutes go")
                .containsExactly(LocalTime.of(11, 1), LocalTime.of(11, 50), LocalTime.of(11, 55));
        assertThat(arrivalsLast15(s)).isEqualTo(before);
        assertThat(purge.purge()).as("idempotent: nothing older is left").isZero();
    }

    @Test
    void anotherInstanceHoldingTheJobMakesThisOneSkip() throws Exception {
        var s = fixture.sample();
        arrivals(s, s.busanStation, LocalTime.of(8, 0), 1);
        fixture.at(DAY_1, LocalTime.of(12, 0));
        try (Connection other = dataSource.getConnection()) {
            try (var st = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                st.setLong(1, StationMinutesPurge.LOCK);
                st.execute();
            }
            assertThat(purge.purge()).as("the other instance runs the job").isEqualTo(-1);
            assertThat(minutesKept(s)).containsExactly(LocalTime.of(8, 0));
            try (var st = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                st.setLong(1, StationMinutesPurge.LOCK);
                st.execute();
            }
        }
        assertThat(purge.purge()).isPositive();
        assertThat(minutesKept(s)).isEmpty();
    }
}
