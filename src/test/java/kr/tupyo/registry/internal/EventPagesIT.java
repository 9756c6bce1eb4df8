package kr.tupyo.registry.internal;

import static kr.tupyo.registry.RegisterFixtures.CHEONGUN;
import static kr.tupyo.registry.RegisterFixtures.DURYU;
import static kr.tupyo.registry.RegisterFixtures.SAJIK;
import static kr.tupyo.registry.RegisterFixtures.hyphenated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Change events applied in small pages, so that one person's events fall within one page and across
 * page boundaries: the register must end as if they had been applied one by one, and the errors of a
 * rejected file must keep their lines.
 */
@TupyoIntegrationTest
class EventPagesIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportRunner runner;
    @Autowired
    EventImport events;
    @Autowired
    RrnProtection protection;

    LocalDate d;
    String p;
    RrnGenerator numbers;
    ResidentRegistrationNumber kim;
    ResidentRegistrationNumber lee;
    ResidentRegistrationNumber anna;

    @BeforeEach
    void extract() {
        RegistryUploads.ensureKr2022Divisions(api);
        d = RegisterFixtures.nextExtractDate(jdbc);
        p = UUID.randomUUID().toString().substring(0, 8);
        numbers = RegisterFixtures.numbers();
        kim = numbers.of(LocalDate.of(1980, 5, 5), Sex.M, false);
        lee = numbers.of(LocalDate.of(1950, 10, 9), Sex.F, false);
        anna = numbers.of(LocalDate.of(1979, 8, 1), Sex.F, true);
        var response = RegistryUploads.upload(api, "/api/v1/registry/extracts?extractDate=" + d,
                api.tokenFor(Role.ADMIN), "extract.csv",
                new RegisterFixtures.Extract().korean(kim, "김민수", CHEONGUN).korean(lee, "이순자", CHEONGUN)
                        .foreigner(anna, "Anna Kowalska", "PL", DURYU, LocalDate.of(2010, 1, 1)).toString());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void eventsOfTheSamePeopleWithinAPageAndAcrossPagesApplyAsOneByOne() {
        var baby1 = numbers.of(d.plusDays(1), Sex.F, false);
        var baby2 = numbers.of(d.plusDays(2), Sex.M, false);
        String file = RegisterFixtures.EVENTS_HEADER
                // Applied by date, then line; with pages of 4: [3 4 5 6] [7 8 9 10] [2 11 12 13] [14 15].
                + event("L", lee, "NAME_CHANGE", 5, "이영자")                                          // line 2
                + event("A", kim, "MOVE", 1, "", "", "", "", SAJIK, "사직로 9")                         // line 3
                + registration("B", baby1, 1, "김하나", SAJIK, "사직로 9")                                // line 4
                + event("C", kim, "NAME_CHANGE", 1, "김민준")                                          // line 5: same day as A
                + event("D", baby1, "MOVE", 2, "", "", "", "", CHEONGUN, "자하문로 5")                  // line 6
                + registration("E", baby2, 2, "이두리", DURYU, "두류로 7")                                // line 7
                + event("F", baby2, "MOVE", 3, "", "", "", "", SAJIK, "사직로 11")                      // line 8
                + event("G", baby2, "DEATH", 4)                                                      // line 9
                + event("H", baby1, "DEATH", 4)                                                      // line 10: baby1 came in page 1
                + event("I", kim, "MOVE", 5, "", "", "", "", DURYU, "두류로 3")                         // line 11
                + event("K", anna, "NATURALISATION", 5, "안나")                                       // line 12
                + event("N", lee, "MOVE", 5, "", "", "", "", SAJIK, "사직로 20")                        // line 13: same day as L
                + event("J", kim, "NAME_CHANGE", 5, "김민호")                                          // line 14: rewrites page 3's fact
                + event("M", kim, "NAME_CHANGE", 7, "김민석");                                         // line 15

        ImportReport report = run(file, 4);

        assertThat(report.rowsStored()).isEqualTo(14);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.step()).isEqualTo(ImportStep.APPLYING);
        assertThat(report.stepDone()).isEqualTo(14);
        assertThat(report.stepTotal()).isEqualTo(14);
        assertThat(report.percent()).isEqualTo(100);
        assertThat(facts(kim)).containsExactly(
                fact(0, 1, "김민수", "KR", CHEONGUN, "서울 종로구 1", kim.birthDate(), "DOMESTIC", null, null),
                fact(1, 5, "김민준", "KR", SAJIK, "사직로 9", d.plusDays(1), "DOMESTIC", null, "C"),
                fact(5, 7, "김민호", "KR", DURYU, "두류로 3", d.plusDays(5), "DOMESTIC", null, "J"),
                fact(7, null, "김민석", "KR", DURYU, "두류로 3", d.plusDays(5), "DOMESTIC", null, "M"));
        assertThat(facts(baby1)).containsExactly(
                fact(1, 2, "김하나", "KR", SAJIK, "사직로 9", d.plusDays(1), "DOMESTIC", null, "B"),
                fact(2, 4, "김하나", "KR", CHEONGUN, "자하문로 5", d.plusDays(2), "DOMESTIC", null, "D"));
        assertThat(facts(baby2)).containsExactly(
                fact(2, 3, "이두리", "KR", DURYU, "두류로 7", d.plusDays(2), "DOMESTIC", null, "E"),
                fact(3, 4, "이두리", "KR", SAJIK, "사직로 11", d.plusDays(3), "DOMESTIC", null, "F"));
        assertThat(facts(lee)).containsExactly(
                fact(0, 5, "이순자", "KR", CHEONGUN, "서울 종로구 1", lee.birthDate(), "DOMESTIC", null, null),
                fact(5, null, "이영자", "KR", SAJIK, "사직로 20", d.plusDays(5), "DOMESTIC", null, "N"));
        assertThat(facts(anna)).containsExactly(
                fact(0, 5, "Anna Kowalska", "PL", DURYU, "대구 달서구 2", anna.birthDate().plusYears(20),
                        "FOREIGN_RESIDENT", LocalDate.of(2010, 1, 1), null),
                fact(5, null, "안나", "KR", DURYU, "대구 달서구 2", anna.birthDate().plusYears(20), "DOMESTIC", null, "K"));
        assertThat(deceasedOn(baby1)).isEqualTo(d.plusDays(4));
        assertThat(deceasedOn(baby2)).isEqualTo(d.plusDays(4));
        assertThat(deceasedOn(kim)).isNull();
        // New people get their ids in the order they were registered, as with one insert each.
        assertThat(residentId(baby1)).isLessThan(residentId(baby2));
        assertThat(recordedEvents()).containsExactlyInAnyOrder(
                p + "-A " + residentId(kim) + " MOVE", p + "-B " + residentId(baby1) + " NEW_REGISTRATION",
                p + "-C " + residentId(kim) + " NAME_CHANGE", p + "-D " + residentId(baby1) + " MOVE",
                p + "-E " + residentId(baby2) + " NEW_REGISTRATION", p + "-F " + residentId(baby2) + " MOVE",
                p + "-G " + residentId(baby2) + " DEATH", p + "-H " + residentId(baby1) + " DEATH",
                p + "-I " + residentId(kim) + " MOVE", p + "-K " + residentId(anna) + " NATURALISATION",
                p + "-L " + residentId(lee) + " NAME_CHANGE", p + "-N " + residentId(lee) + " MOVE",
                p + "-J " + residentId(kim) + " NAME_CHANGE", p + "-M " + residentId(kim) + " NAME_CHANGE");
    }

    @Test
    void emptyDatesStayEmptyNextToGivenOnesInTheSamePage() {
        var newcomer = numbers.of(LocalDate.of(1985, 3, 3), Sex.M, true);
        String file = RegisterFixtures.EVENTS_HEADER
                + event("Q1", lee, "NATIONALITY_LOST", 1, "", "", "", "US", "", "", "", d.minusYears(1).toString())
                + event("Q2", kim, "NATIONALITY_LOST", 1, "", "", "", "JP")
                + event("Q3", newcomer, "NEW_REGISTRATION", 2, "John Smith", newcomer.birthDate().toString(), "M",
                        "US", DURYU, "두류로 5", "FOREIGN_RESIDENT", "2015-06-01")
                + event("Q4", anna, "MOVE", 2, "", "", "", "", SAJIK, "사직로 5");

        ImportReport report = run(file, 10);

        assertThat(report.rowsStored()).isEqualTo(4);
        assertThat(report.warnings()).isEmpty();
        assertThat(facts(lee)).containsExactly(
                fact(0, 1, "이순자", "KR", CHEONGUN, "서울 종로구 1", lee.birthDate(), "DOMESTIC", null, null),
                fact(1, null, "이순자", "US", CHEONGUN, "서울 종로구 1", lee.birthDate(), "FOREIGN_RESIDENT",
                        d.minusYears(1), "Q1"));
        assertThat(facts(kim)).containsExactly(
                fact(0, 1, "김민수", "KR", CHEONGUN, "서울 종로구 1", kim.birthDate(), "DOMESTIC", null, null),
                fact(1, null, "김민수", "JP", CHEONGUN, "서울 종로구 1", kim.birthDate(), "FOREIGN_RESIDENT", null, "Q2"));
        assertThat(facts(newcomer)).containsExactly(
                fact(2, null, "John Smith", "US", DURYU, "두류로 5", d.plusDays(2), "FOREIGN_RESIDENT",
                        LocalDate.of(2015, 6, 1), "Q3"));
        assertThat(facts(anna)).containsExactly(
                fact(0, 2, "Anna Kowalska", "PL", DURYU, "대구 달서구 2", anna.birthDate().plusYears(20),
                        "FOREIGN_RESIDENT", LocalDate.of(2010, 1, 1), null),
                fact(2, null, "Anna Kowalska", "PL", SAJIK, "사직로 5", d.plusDays(2), "FOREIGN_RESIDENT",
                        LocalDate.of(2010, 1, 1), "Q4"));
        assertThat(deceasedOn(newcomer)).isNull();
    }

    @Test
    void replayedEventsAreSkippedWithAWarningWhateverPageTheyFallIn() {
        String move = event("R1", kim, "MOVE", 1, "", "", "", "", SAJIK, "사직로 1");
        String rename = event("R2", kim, "NAME_CHANGE", 2, "김민준");
        run(RegisterFixtures.EVENTS_HEADER + move + rename, 3);

        ImportReport replay = run(RegisterFixtures.EVENTS_HEADER
                + move                                                  // line 2
                + event("R3", kim, "NAME_CHANGE", 3, "김민호")           // line 3
                + rename                                                // line 4
                + event("R4", lee, "MOVE", 1, "", "", "", "", DURYU, "두류로 1"), 1); // line 5

        assertThat(replay.rowsStored()).isEqualTo(2);
        assertThat(replay.warnings()).containsExactly(
                new ImportIssue(2, "event_id", "EVENT_ALREADY_APPLIED", List.of(p + "-R1")),
                new ImportIssue(4, "event_id", "EVENT_ALREADY_APPLIED", List.of(p + "-R2")));
        assertThat(facts(kim)).containsExactly(
                fact(0, 1, "김민수", "KR", CHEONGUN, "서울 종로구 1", kim.birthDate(), "DOMESTIC", null, null),
                fact(1, 2, "김민수", "KR", SAJIK, "사직로 1", d.plusDays(1), "DOMESTIC", null, "R1"),
                fact(2, 3, "김민준", "KR", SAJIK, "사직로 1", d.plusDays(1), "DOMESTIC", null, "R2"),
                fact(3, null, "김민호", "KR", SAJIK, "사직로 1", d.plusDays(1), "DOMESTIC", null, "R3"));
        assertThat(jdbc.sql("SELECT count(DISTINCT import_id) FROM resident_events WHERE event_id LIKE ?")
                .param(p + "-%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void eventsThatDoNotFitRejectTheWholeFileWithTheirLinesWhicheverPageFoundThem() {
        run(RegisterFixtures.EVENTS_HEADER + event("P1", anna, "NAME_CHANGE", 2, "Anna Nowak"), 2);
        var baby = numbers.of(d.plusDays(1), Sex.F, false);
        var stranger = numbers.of(LocalDate.of(1991, 1, 1), Sex.M, false);
        String move = event("E1", kim, "MOVE", 1, "", "", "", "", SAJIK, "사직로 1");
        String file = RegisterFixtures.EVENTS_HEADER
                // Applied by date, then line; with pages of 2: [12 2] [3 11] [14 4] [5 13] [6 7] [8 9] [10 15].
                + move                                                                 // line 2
                + registration("E2", baby, 1, "김하나", SAJIK, "사직로 9")                  // line 3
                + registration("E3", baby, 2, "김하나", SAJIK, "사직로 9")                  // line 4: registered by line 3
                + event("E4", lee, "DEATH", 2)                                         // line 5
                + event("E5", lee, "NAME_CHANGE", 3, "이영자")                           // line 6: died on line 5
                + event("E6", stranger, "MOVE", 3, "", "", "", "", SAJIK, "x")           // line 7
                + event("E7", anna, "NATIONALITY_LOST", 4, "", "", "", "US")             // line 8
                + event("E8", kim, "NATURALISATION", 4)                                // line 9
                + event("E9", kim, "MOVE", 5, "", "", "", "", "1111099999", "z")         // line 10
                + move                                                                 // line 11: line 2 again
                + event("E10", kim, "NAME_CHANGE", 0, "김정상")                          // line 12
                + event("P1", anna, "NAME_CHANGE", 2, "Anna Kowal")                    // line 13: id of another event
                + event("E11", anna, "NAME_CHANGE", 1, "Anna K")                       // line 14: before P1's fact
                + event("E12", kim, "NAME_CHANGE", 5, "김민준");                          // line 15

        var rejected = catchThrowableOfType(ImportRejectedException.class, () -> run(file, 2));

        assertThat(rejected.report().errors()).containsExactly(
                new ImportIssue(4, "rrn", "ALREADY_REGISTERED", List.of()),
                new ImportIssue(6, "rrn", "RESIDENT_DECEASED", List.of()),
                new ImportIssue(7, "rrn", "UNKNOWN_RESIDENT", List.of(d.plusDays(3).toString())),
                new ImportIssue(8, "type", "NOT_KOREAN", List.of()),
                new ImportIssue(9, "type", "ALREADY_KOREAN", List.of()),
                new ImportIssue(10, "emd_code", "UNKNOWN_EMD", List.of("1111099999", d.plusDays(5).toString())),
                new ImportIssue(11, "event_id", "DUPLICATE_IN_FILE", List.of("2")),
                new ImportIssue(12, "effective_date", "EVENT_BEFORE_EXTRACT", List.of(d.toString())),
                new ImportIssue(13, "event_id", "EVENT_ID_REUSED", List.of(p + "-P1")),
                new ImportIssue(14, "effective_date", "EVENT_BEFORE_STATE", List.of(d.plusDays(2).toString())));
        assertThat(rejected.report().warnings()).containsExactly(
                new ImportIssue(11, "event_id", "EVENT_ALREADY_APPLIED", List.of(p + "-E1")));
        assertThat(rejected.report().rowsStored()).isZero();
        assertThat(facts(kim)).containsExactly(
                fact(0, null, "김민수", "KR", CHEONGUN, "서울 종로구 1", kim.birthDate(), "DOMESTIC", null, null));
        assertThat(facts(baby)).isEmpty();
        assertThat(deceasedOn(lee)).isNull();
        assertThat(recordedEvents()).containsExactly(p + "-P1 " + residentId(anna) + " NAME_CHANGE");
    }

    private ImportReport run(String file, int pageSize) {
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        return runner.run(events.withPageSize(pageSize), new UploadedFile() {
            @Override
            public String name() {
                return "events.csv";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        }, null, d.plusDays(30), "EventPagesIT");
    }

    /** One line of an events file; {@code day} counts from the extract date. */
    private String event(String id, ResidentRegistrationNumber rrn, String type, int day, String... values) {
        String[] cells = new String[8];
        Arrays.fill(cells, "");
        System.arraycopy(values, 0, cells, 0, values.length);
        return String.join(",", p + "-" + id, hyphenated(rrn), type, d.plusDays(day).toString()) + ","
                + String.join(",", cells) + "\n";
    }

    private String registration(String id, ResidentRegistrationNumber rrn, int day, String name, String emd,
                                String address) {
        return event(id, rrn, "NEW_REGISTRATION", day, name, rrn.birthDate().toString(), rrn.sex().name(), "KR", emd,
                address, "DOMESTIC");
    }

    /** A fact as {@link #facts} shows it; days count from the extract date, {@code to} null while current. */
    private String fact(int from, Integer to, String name, String nationality, String emd, String address,
                        LocalDate registeredSince, String residenceType, LocalDate permanentSince, String event) {
        return String.join(" | ", d.plusDays(from).toString(), to == null ? "-" : d.plusDays(to).toString(), name,
                nationality, emd, address, registeredSince.toString(), residenceType,
                permanentSince == null ? "-" : permanentSince.toString(), event == null ? "-" : p + "-" + event);
    }

    /** Every fact stored for the person, oldest first. */
    private List<String> facts(ResidentRegistrationNumber rrn) {
        return jdbc.sql("""
                SELECT f.* FROM resident_facts f JOIN residents r ON r.id = f.resident_id
                WHERE r.rrn_lookup = ? ORDER BY f.valid_from""").param(protection.lookup(rrn))
                .query((rs, n) -> String.join(" | ", rs.getString("valid_from"),
                        rs.getString("valid_to") == null ? "-" : rs.getString("valid_to"), rs.getString("name"),
                        rs.getString("nationality"), rs.getString("emd_code"), rs.getString("address"),
                        rs.getString("registered_since"), rs.getString("residence_type"),
                        rs.getString("permanent_residence_since") == null ? "-" : rs.getString("permanent_residence_since"),
                        rs.getString("source_event") == null ? "-" : rs.getString("source_event")))
                .list();
    }

    private LocalDate deceasedOn(ResidentRegistrationNumber rrn) {
        return jdbc.sql("SELECT deceased_on FROM residents WHERE rrn_lookup = ?").param(protection.lookup(rrn))
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().getFirst();
    }

    private long residentId(ResidentRegistrationNumber rrn) {
        return jdbc.sql("SELECT id FROM residents WHERE rrn_lookup = ?").param(protection.lookup(rrn))
                .query(Long.class).single();
    }

    private List<String> recordedEvents() {
        return jdbc.sql("SELECT event_id || ' ' || resident_id || ' ' || type FROM resident_events WHERE event_id LIKE ?")
                .param(p + "-%").query(String.class).list();
    }
}
