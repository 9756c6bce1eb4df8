package kr.tupyo.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.tupyo.registry.Disqualification;
import kr.tupyo.registry.DisqualificationKind;
import kr.tupyo.registry.RegisteredResident;
import kr.tupyo.registry.ResidenceType;
import kr.tupyo.registry.ResidentRegister;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The register as of a date, read through the published SQL functions. */
@Repository
class JdbcResidentRegister implements ResidentRegister {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final RrnProtection protection;

    JdbcResidentRegister(JdbcClient jdbc, DataSource dataSource, RrnProtection protection) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000); // with a transaction, PostgreSQL streams instead of buffering all rows
        this.protection = protection;
    }

    @Override
    public long countAsOf(LocalDate date) {
        return jdbc.sql("SELECT count(*) FROM registry_residents_as_of(?)").param(date).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachAsOf(LocalDate date, Consumer<RegisteredResident> action) {
        streaming.query("SELECT * FROM registry_residents_as_of(?) ORDER BY emd_code, resident_id",
                rs -> {
                    action.accept(resident(rs));
                }, date);
    }

    @Override
    public Optional<RegisteredResident> findAsOf(ResidentRegistrationNumber rrn, LocalDate date) {
        return jdbc.sql("SELECT * FROM registry_residents_as_of(?) WHERE rrn_lookup = ?")
                .params(date, protection.lookup(rrn)).query((rs, n) -> resident(rs)).optional();
    }

    @Override
    public List<Disqualification> disqualificationsInForce(ResidentRegistrationNumber rrn, LocalDate date) {
        return jdbc.sql("SELECT * FROM registry_disqualifications_in_force(?) WHERE rrn_lookup = ? ORDER BY from_date")
                .params(date, protection.lookup(rrn)).query((rs, n) -> disqualification(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachDisqualificationInForce(LocalDate date, Consumer<Disqualification> action) {
        streaming.query("SELECT * FROM registry_disqualifications_in_force(?) ORDER BY rrn_masked, from_date",
                rs -> {
                    action.accept(disqualification(rs));
                }, date);
    }

    @Override
    public Optional<LocalDate> latestExtractDate() {
        return jdbc.sql("SELECT max(extract_date) FROM resident_extracts")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static RegisteredResident resident(ResultSet rs) throws SQLException {
        String permanent = "permanent_residence_since";
        return new RegisteredResident(rs.getLong("resident_id"), rs.getString("rrn_masked"), rs.getString("name"),
                rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                rs.getString("nationality"), rs.getString("emd_code"), rs.getString("address"),
                rs.getObject("registered_since", LocalDate.class), ResidenceType.valueOf(rs.getString("residence_type")),
                rs.getObject(permanent, LocalDate.class), rs.getObject("deceased_on", LocalDate.class));
    }

    private static Disqualification disqualification(ResultSet rs) throws SQLException {
        return new Disqualification(rs.getString("rrn_masked"), DisqualificationKind.valueOf(rs.getString("kind")),
                rs.getObject("from_date", LocalDate.class), rs.getObject("until_date", LocalDate.class),
                rs.getString("reference"));
    }
}
