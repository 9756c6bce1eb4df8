package kr.tupyo.registry;

import static kr.tupyo.registry.RegisterFixtures.hyphenated;
import static kr.tupyo.registry.RegistryUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After imports that succeed, warn and fail, neither the application's log output nor any row of any
 * table holds a registration number in clear, with or without hyphen (nor as hex of its text).
 */
@TupyoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistryPersonalDataIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noRegistrationNumberIsFoundInClearInTheLogsOrInAnyTable(CapturedOutput output) {
        RegistryUploads.ensureKr2022Divisions(api);
        String admin = api.tokenFor(Role.ADMIN);
        LocalDate date = RegisterFixtures.nextExtractDate(jdbc);
        var numbers = RegisterFixtures.numbers();
        List<ResidentRegistrationNumber> rrns = new ArrayList<>();
        var extract = new RegisterFixtures.Extract();
        for (int i = 0; i < 50; i++) {
            var rrn = numbers.of(LocalDate.of(1950, 1, 1).plusDays(i * 401L), i % 2 == 0 ? Sex.M : Sex.F, false);
            rrns.add(rrn);
            extract.korean(rrn, "주민" + i, RegisterFixtures.CHEONGUN);
        }
        // issued after October 2020: no check digit (a warning, stored anyway)
        var noCheckDigit = ResidentRegistrationNumber.parse("2110153" + String.format("%06d", date.getDayOfYear()));
        rrns.add(noCheckDigit);
        extract.row(hyphenated(noCheckDigit), "신생", noCheckDigit.birthDate().toString(), "M", "KR",
                RegisterFixtures.SAJIK, "주소", noCheckDigit.birthDate().toString(), "DOMESTIC", "");
        assertThat(upload(api, "/api/v1/registry/extracts?extractDate=" + date, admin, "e.csv", extract.toString())
                .status()).isEqualTo(201);

        var newcomer = numbers.of(LocalDate.of(1999, 9, 9), Sex.F, false);
        rrns.add(newcomer);
        String events = RegisterFixtures.EVENTS_HEADER
                + "pd-" + date + "," + newcomer.digits() + ",NEW_REGISTRATION," + date.plusDays(1)
                + ",새사람,1999-09-09,F,KR," + RegisterFixtures.SAJIK + ",주소,DOMESTIC,\n";
        assertThat(upload(api, "/api/v1/registry/events", admin, "ev.csv", events).status()).isEqualTo(201);
        String notices = RegisterFixtures.DISQUALIFICATIONS_HEADER
                + hyphenated(rrns.get(1)) + ",ELECTION_FINE,2023-01-01,2027-12-31,PD-" + date + "\n";
        assertThat(upload(api, "/api/v1/registry/disqualifications", admin, "dq.csv", notices).status()).isEqualTo(201);
        var rejectedRrn = numbers.of(LocalDate.of(1988, 8, 8), Sex.M, false);
        rrns.add(rejectedRrn);
        String bad = RegisterFixtures.EXTRACT_HEADER + hyphenated(rejectedRrn)
                + ",x,1988-08-09,M,KR,1111051500,a,2000-01-01,DOMESTIC,\n";
        assertThat(upload(api, "/api/v1/registry/extracts?extractDate=" + date.plusDays(5), admin, "bad.csv", bad)
                .status()).isEqualTo(422);

        String dump = dumpEveryTable();
        assertThat(dump).contains("== residents", "== resident_facts", "== registry_imports", "== audit_log");
        for (ResidentRegistrationNumber rrn : rrns) {
            for (String form : List.of(rrn.digits(), hyphenated(rrn),
                    HexFormat.of().formatHex(rrn.digits().getBytes(StandardCharsets.UTF_8)))) {
                assertThat(dump).as("database dump").doesNotContain(form);
                assertThat(output.getAll()).as("log output").doesNotContain(form);
            }
        }
        assertThat(dump).contains(rrns.get(0).masked());
    }

    private String dumpEveryTable() {
        List<String> tables = jdbc.sql("""
                SELECT quote_ident(table_name) FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1""").query(String.class).list();
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            dump.append("== ").append(table).append('\n');
            jdbc.sql("SELECT t::text FROM " + table + " t").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }
}
