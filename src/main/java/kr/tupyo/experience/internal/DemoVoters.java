package kr.tupyo.experience.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.platform.PersonalDataProtection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code xp_voters} table. Demo numbers are stored as real numbers are: encrypted, with a keyed
 * lookup hash and the masked form; only the demo cards decrypt them.
 */
@Repository
class DemoVoters {

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    DemoVoters(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    /** A voter to add, with the number in clear (it is never stored so). */
    record New(int seq, DemoNames.Name name, DemoNumber number, String blockedReason) {
    }

    /** A voter with the number decrypted, for printing the demo cards. */
    record WithNumber(DemoVoter voter, DemoNumber number) {
    }

    void insert(UUID session, List<New> voters) {
        for (New v : voters) {
            jdbc.sql("""
                    INSERT INTO xp_voters (session_id, seq, name_ko, name_en, birth_date, number_lookup, number_encrypted,
                                           number_masked, blocked_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(session, v.seq(), v.name().ko(), v.name().en(), v.number().birthDate(),
                            protection.lookupHash(v.number().digits()), protection.encrypt(v.number().digits()),
                            v.number().masked(), v.blockedReason())
                    .update();
        }
    }

    Optional<DemoVoter> byNumber(UUID session, DemoNumber number) {
        return jdbc.sql("SELECT * FROM xp_voters WHERE session_id = ? AND number_lookup = ?")
                .params(session, protection.lookupHash(number.digits())).query(DemoVoters::map).optional();
    }

    Optional<DemoVoter> find(UUID session, int seq) {
        return jdbc.sql("SELECT * FROM xp_voters WHERE session_id = ? AND seq = ?").params(session, seq)
                .query(DemoVoters::map).optional();
    }

    List<DemoVoter> of(UUID session) {
        return jdbc.sql("SELECT * FROM xp_voters WHERE session_id = ? ORDER BY seq").param(session)
                .query(DemoVoters::map).list();
    }

    List<WithNumber> withNumbers(UUID session) {
        return jdbc.sql("SELECT * FROM xp_voters WHERE session_id = ? ORDER BY seq").param(session)
                .query((rs, n) -> new WithNumber(map(rs, n),
                        DemoNumber.parse(protection.decrypt(rs.getBytes("number_encrypted"))).orElseThrow()))
                .list();
    }

    private static DemoVoter map(ResultSet rs, int n) throws SQLException {
        return new DemoVoter(rs.getInt("seq"), rs.getString("name_ko"), rs.getString("name_en"),
                rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("number_masked"),
                rs.getString("blocked_reason"));
    }
}
