package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws ballot serials for printing and keeps the set a station printed, never the voter a serial
 * went to (docs/decisions/120-ballot-secrecy.md). During the day a serial is the keyed permutation
 * of a per-contest counter; at close the printed set is written out, sorted by serial, and the key
 * is destroyed.
 */
@Component
class BallotSerials {

    private final JdbcClient jdbc;
    private final SerialKeys keys;

    BallotSerials(JdbcClient jdbc, SerialKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** One fresh serial per contest; joins the caller's transaction (the counter row is locked until commit). */
    List<BallotSerial> draw(StationContext at, List<ContestId> contests) {
        SerialKeys.DayKey key = dayKey(at);
        List<BallotSerial> serials = new ArrayList<>();
        for (ContestId contest : contests) {
            int printed = jdbc.sql("""
                    INSERT INTO ev_serial_counters (election_id, station_code, day, contest_id, printed)
                    VALUES (?, ?, ?, ?, 1)
                    ON CONFLICT (election_id, station_code, day, contest_id)
                    DO UPDATE SET printed = ev_serial_counters.printed + 1
                    RETURNING printed""")
                    .params(at.election().id().value(), at.station().code().value(), at.day(), contest.value())
                    .query(Integer.class).single();
            serials.add(new BallotSerial(key.dayNumber(), key.permutation().permute(contest.value(), printed - 1)));
        }
        return serials;
    }

    /** The contest among {@code candidates} for which this station printed the serial today, if any. */
    Optional<ContestId> printedToday(StationContext at, BallotSerial serial, List<ContestId> candidates) {
        SerialKeys.DayKey key = dayKey(at);
        if (serial.dayNumber() != key.dayNumber()) {
            return Optional.empty();
        }
        Map<UUID, Integer> printed = printedPerContest(at);
        for (ContestId contest : candidates) {
            long position = key.permutation().invert(contest.value(), serial.number());
            if (position < printed.getOrDefault(contest.value(), 0)) {
                return Optional.of(contest);
            }
        }
        return Optional.empty();
    }

    /** Marks a spoiled ballot's serial void; false if it was voided before. */
    boolean voidSerial(StationContext at, ContestId contest, BallotSerial serial) {
        return jdbc.sql("""
                INSERT INTO ev_voided_serials (election_id, station_code, contest_id, serial, day)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(at.election().id().value(), at.station().code().value(), contest.value(), serial.toString(), at.day())
                .update() == 1;
    }

    /** Printed ballots per contest on the station's day. */
    Map<UUID, Integer> printedPerContest(StationContext at) {
        Map<UUID, Integer> printed = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT contest_id, printed FROM ev_serial_counters WHERE election_id = ? AND station_code = ? AND day = ? ORDER BY contest_id")
                .params(at.election().id().value(), at.station().code().value(), at.day())
                .query(rs -> {
                    printed.put(rs.getObject("contest_id", UUID.class), rs.getInt("printed"));
                });
        return printed;
    }

    /**
     * At close: writes the day's printed serials as a set (sorted by serial, one transaction, so
     * neither row order nor transaction ids follow the order of printing), then destroys the key.
     */
    void settle(StationContext at) {
        Optional<SerialKeys.DayKey> found = keys.find(at.election().id(), at.station().code(), at.day());
        if (found.isEmpty()) {
            return;
        }
        SerialKeys.DayKey key = found.get();
        List<Object[]> rows = new ArrayList<>();
        printedPerContest(at).forEach((contest, count) -> {
            List<String> serials = new ArrayList<>(count);
            for (int position = 0; position < count; position++) {
                serials.add(new BallotSerial(key.dayNumber(), key.permutation().permute(contest, position)).toString());
            }
            serials.sort(null);
            for (String serial : serials) {
                rows.add(new Object[] {at.election().id().value(), at.station().code().value(), contest, serial});
            }
        });
        rows.sort(java.util.Comparator.comparing((Object[] r) -> (String) r[3]));
        // one statement, rows in serial order: 20,000 serials of a busy station in well under a second
        jdbc.sql("""
                INSERT INTO ev_printed_serials (election_id, station_code, contest_id, serial)
                SELECT ?, ?, t.contest, t.serial FROM unnest(?::uuid[], ?::text[]) AS t(contest, serial) ORDER BY t.serial""")
                .params(at.election().id().value(), at.station().code().value(),
                        "{" + String.join(",", rows.stream().map(r -> r[2].toString()).toList()) + "}",
                        "{" + String.join(",", rows.stream().map(r -> (String) r[3]).toList()) + "}")
                .update();
        keys.destroy(at.election().id(), at.station().code(), at.day());
    }

    private SerialKeys.DayKey dayKey(StationContext at) {
        return keys.find(at.election().id(), at.station().code(), at.day())
                .orElseThrow(() -> new IllegalStateException("no serial key: the station day was not opened"));
    }
}
