package kr.tupyo.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterGeneratorTest {

    static final Path KR_2022 = Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022").normalize();

    @TempDir
    Path dir;

    GeneratorOptions options(Path out, long size, long seed, Path calibration) {
        return new GeneratorOptions(size, seed, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), out, calibration);
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte() throws Exception {
        new RegisterGenerator(options(dir.resolve("a"), 20_000, 42, KR_2022)).write();
        new RegisterGenerator(options(dir.resolve("b"), 20_000, 42, KR_2022)).write();
        new RegisterGenerator(options(dir.resolve("c"), 20_000, 43, KR_2022)).write();
        for (String file : List.of("extract.csv", "events.csv", "disqualifications.csv")) {
            assertThat(sha256(dir.resolve("a").resolve(file))).isEqualTo(sha256(dir.resolve("b").resolve(file)));
        }
        assertThat(sha256(dir.resolve("a/extract.csv"))).isNotEqualTo(sha256(dir.resolve("c/extract.csv")));
    }

    @Test
    void numbersAreUniqueAndCarryCheckDigitsUntilOctober2020() throws Exception {
        var summary = new RegisterGenerator(options(dir, 50_000, 1, null)).write();
        List<String> lines = Files.readAllLines(dir.resolve("extract.csv"));
        assertThat(lines).hasSize(50_001);
        assertThat(summary.residents).isEqualTo(50_000);
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = Calibration.split(line);
            String digits = f[0].replace("-", "");
            assertThat(seen.add(digits)).as("unique " + f[0]).isTrue();
            assertThat(digits.substring(0, 6)).isEqualTo(f[2].substring(2).replace("-", ""));
            if (LocalDate.parse(f[2]).isBefore(LocalDate.of(2020, 10, 1))) {
                assertThat(digits.charAt(12) - '0').isEqualTo(RrnFactory.checkDigit(digits.substring(0, 12)));
            }
            int seventh = digits.charAt(6) - '0';
            assertThat(f[3]).isEqualTo(seventh % 2 == 1 || seventh == 9 ? "M" : "F");
            assertThat(f[4].equals("KR")).isEqualTo(seventh < 5 || seventh == 9);
        }
        assertThat(summary.foreigners).isBetween(1_200L, 2_000L);
    }

    @Test
    void peopleLiveWhereThe2022ElectorateLived() throws Exception {
        new RegisterGenerator(options(dir, 200_000, 5, KR_2022)).write();
        Map<String, Integer> bySido = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("extract.csv"));
        for (String line : lines.subList(1, lines.size())) {
            bySido.merge(Calibration.split(line)[5].substring(0, 2), 1, Integer::sum);
        }
        // 2022: Gyeonggi (41) had about 26 % of the electorate, Seoul (11) about 19 %, Sejong (36) about 0.6 %
        assertThat(bySido.get("41") / 200_000.0).isBetween(0.24, 0.28);
        assertThat(bySido.get("11") / 200_000.0).isBetween(0.17, 0.21);
        assertThat(bySido.get("36") / 200_000.0).isBetween(0.003, 0.01);
    }

    @Test
    void eventsFollowTheExtractInDateOrder() throws Exception {
        new RegisterGenerator(options(dir, 30_000, 9, null)).write();
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertThat(events.getFirst()).isEqualTo(ChangeEventWriter.HEADER.strip());
        String previous = "2026-04-01";
        Set<String> types = new HashSet<>();
        for (String line : events.subList(1, events.size())) {
            String[] f = Calibration.split(line);
            assertThat(f[3]).isGreaterThan("2026-04-01").isLessThanOrEqualTo("2026-05-31").isGreaterThanOrEqualTo(previous);
            previous = f[3];
            types.add(f[2]);
        }
        assertThat(types).contains("MOVE", "DEATH", "NEW_REGISTRATION");
        assertThat(Files.exists(dir.resolve(".events-by-day"))).isFalse();
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
