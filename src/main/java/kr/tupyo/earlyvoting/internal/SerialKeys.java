package kr.tupyo.earlyvoting.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import kr.tupyo.platform.PersonalDataProtection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-station-day secret of the serial permutation. Stored sealed with the personal-data key
 * (a database dump alone cannot use it) so that every instance prints from the same permutation, and
 * deleted when the station closes.
 */
@Repository
class SerialKeys {

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final SecureRandom random = new SecureRandom();

    SerialKeys(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    void create(ElectionId election, StationCode station, LocalDate day, int dayNumber) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        jdbc.sql("""
                INSERT INTO ev_serial_keys (election_id, station_code, day, day_number, sealed_key)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(election.value(), station.value(), day, dayNumber,
                        protection.encrypt(Base64.getEncoder().encodeToString(key)))
                .update();
    }

    Optional<DayKey> find(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("SELECT day_number, sealed_key FROM ev_serial_keys WHERE election_id = ? AND station_code = ? AND day = ?")
                .params(election.value(), station.value(), day)
                .query((rs, n) -> new DayKey(rs.getInt("day_number"), new SerialPermutation(
                        Base64.getDecoder().decode(protection.decrypt(rs.getBytes("sealed_key"))))))
                .optional();
    }

    void destroy(ElectionId election, StationCode station, LocalDate day) {
        jdbc.sql("DELETE FROM ev_serial_keys WHERE election_id = ? AND station_code = ? AND day = ?")
                .params(election.value(), station.value(), day).update();
    }

    record DayKey(int dayNumber, SerialPermutation permutation) {
    }
}
