package kr.tupyo.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readable test files for the register. Test classes share one database and an extract must be
 * newer than everything on the register, so each test asks for its own, later extract date.
 */
public final class RegisterFixtures {

    public static final String EXTRACT_HEADER = "rrn,name,birth_date,sex,nationality,emd_code,address,"
            + "registered_since,residence_type,permanent_residence_since\n";
    public static final String EVENTS_HEADER = "event_id,rrn,type,effective_date,name,birth_date,sex,nationality,"
            + "emd_code,address,residence_type,permanent_residence_since\n";
    public static final String DISQUALIFICATIONS_HEADER = "rrn,kind,from,until,reference\n";

    /** Real 읍면동 codes of the kr-2022 table. */
    public static final String CHEONGUN = "1111051500";
    public static final String SAJIK = "1111053000";
    public static final String DURYU = "2729053500";

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime());

    private RegisterFixtures() {
    }

    public static RrnGenerator numbers() {
        return new RrnGenerator(SEED.incrementAndGet());
    }

    /** A date after every extract and fact already stored, leaving room for events before today. */
    public static LocalDate nextExtractDate(JdbcClient jdbc) {
        LocalDate newest = jdbc.sql("""
                SELECT greatest((SELECT max(extract_date) FROM resident_extracts),
                                (SELECT max(valid_from) FROM resident_facts))""")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return newest == null ? LocalDate.of(2022, 6, 1) : newest.plusDays(30);
    }

    public static String hyphenated(ResidentRegistrationNumber rrn) {
        return rrn.digits().substring(0, 6) + "-" + rrn.digits().substring(6);
    }

    /** Builds an extract file row by row. */
    public static final class Extract {
        private final List<String> rows = new ArrayList<>();

        public Extract korean(ResidentRegistrationNumber rrn, String name, String emd) {
            return row(hyphenated(rrn), name, rrn.birthDate().toString(), rrn.sex().name(), "KR", emd, "서울 종로구 1",
                    rrn.birthDate().toString(), "DOMESTIC", "");
        }

        public Extract overseas(ResidentRegistrationNumber rrn, String name, String emd, LocalDate since) {
            return row(rrn.digits(), name, rrn.birthDate().toString(), rrn.sex().name(), "KR", emd, "재외 주소",
                    since.toString(), "OVERSEAS_REGISTERED", "");
        }

        public Extract foreigner(ResidentRegistrationNumber rrn, String name, String nationality, String emd,
                                 LocalDate permanentSince) {
            return row(hyphenated(rrn), name, rrn.birthDate().toString(), rrn.sex().name(), nationality, emd, "대구 달서구 2",
                    rrn.birthDate().plusYears(20).toString(), "FOREIGN_RESIDENT",
                    permanentSince == null ? "" : permanentSince.toString());
        }

        public Extract row(String... fields) {
            rows.add(String.join(",", fields));
            return this;
        }

        @Override
        public String toString() {
            return EXTRACT_HEADER + String.join("\n", rows) + "\n";
        }
    }
}
