package kr.tupyo.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.tupyo.registry.Division;
import kr.tupyo.registry.Divisions;
import kr.tupyo.registry.Sido;
import kr.tupyo.registry.Sigungu;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Divisions read from the version in force ({@code registry_division_version(date)}). */
@Repository
class JdbcDivisions implements Divisions {

    private static final RowMapper<Division> DIVISION = (rs, n) -> new Division(rs.getString("emd_code"),
            rs.getString("emd_name"), rs.getString("sgg_code"), rs.getString("sgg_name"), rs.getString("sido_code"),
            rs.getString("sido_name"), rs.getString("nec_emd_code"));

    private static final String IN_FORCE = "effective_date = registry_division_version(:on)";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDivisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(kr.tupyo.platform.KoreaTime.ZONE));
    }

    @Override
    public Optional<Division> emd(String emdCode) {
        return emd(emdCode, today());
    }

    @Override
    public Optional<Division> emd(String emdCode, LocalDate onDate) {
        return jdbc.sql("SELECT * FROM divisions WHERE emd_code = :code AND " + IN_FORCE)
                .param("code", emdCode).param("on", onDate).query(DIVISION).optional();
    }

    @Override
    public List<Sido> sidos() {
        return jdbc.sql("SELECT DISTINCT sido_code, sido_name FROM divisions WHERE " + IN_FORCE + " ORDER BY sido_code")
                .param("on", today()).query((rs, n) -> new Sido(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public List<Sigungu> sigungus() {
        return sigungus(null);
    }

    @Override
    public List<Sigungu> sigungus(String sidoCode) {
        return jdbc.sql("SELECT DISTINCT sgg_code, sgg_name, sido_code FROM divisions WHERE " + IN_FORCE
                        + " AND (CAST(:sido AS TEXT) IS NULL OR sido_code = :sido) ORDER BY sgg_code")
                .param("on", today()).param("sido", sidoCode)
                .query((rs, n) -> new Sigungu(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public List<Division> emds(String sggCode) {
        return jdbc.sql("SELECT * FROM divisions WHERE sgg_code = :sgg AND " + IN_FORCE + " ORDER BY emd_code")
                .param("sgg", sggCode).param("on", today()).query(DIVISION).list();
    }

    @Override
    public List<Division> allEmds(LocalDate onDate) {
        return jdbc.sql("SELECT * FROM divisions WHERE " + IN_FORCE + " ORDER BY emd_code")
                .param("on", onDate).query(DIVISION).list();
    }

    @Override
    public Optional<LocalDate> versionInForce(LocalDate onDate) {
        return jdbc.sql("SELECT effective_date FROM division_versions WHERE effective_date <= ?"
                + " ORDER BY effective_date DESC LIMIT 1").param(onDate).query(LocalDate.class).optional();
    }
}
