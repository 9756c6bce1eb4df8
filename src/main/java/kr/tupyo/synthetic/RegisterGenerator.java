package kr.tupyo.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic register: {@code extract.csv} (the register on the extract date),
 * {@code events.csv} (changes after it, in effective-date order) and {@code disqualifications.csv},
 * in the formats of docs/formats/. Streams to disk; memory does not grow with the size. The same
 * options and seed give the same files, byte for byte.
 */
public final class RegisterGenerator {

    /** Shares of the population, from 2022 figures rounded: foreign residents, nationals abroad. */
    static final double FOREIGN_SHARE = 0.032;
    static final double PERMANENT_RESIDENT_SHARE_OF_FOREIGNERS = 0.12;
    static final double OVERSEAS_SHARE = 0.004;
    static final double DISQUALIFIED_SHARE_OF_ADULTS = 0.0012;

    private final GeneratorOptions options;
    private final List<Locality> localities;

    public RegisterGenerator(GeneratorOptions options) throws IOException {
        this.options = options;
        this.localities = options.calibration() == null ? Calibration.sample() : Calibration.from(options.calibration());
    }

    public Summary write() throws IOException {
        Files.createDirectories(options.out());
        SplittableRandom random = new SplittableRandom(options.seed());
        RrnFactory rrns = new RrnFactory();
        long[] counts = Apportionment.largestRemainder(localities.stream().mapToDouble(Locality::weight).toArray(),
                options.size());
        Summary summary = new Summary();
        try (BufferedWriter extract = writer("extract.csv");
             BufferedWriter disqualifications = writer("disqualifications.csv");
             ChangeEventWriter events = new ChangeEventWriter(options, localities)) {
            extract.write("rrn,name,birth_date,sex,nationality,emd_code,address,registered_since,residence_type,"
                    + "permanent_residence_since\n");
            disqualifications.write("rrn,kind,from,until,reference\n");
            for (int l = 0; l < localities.size(); l++) {
                Locality locality = localities.get(l);
                for (long i = 0; i < counts[l]; i++) {
                    Person person = Person.random(random, rrns, locality, i, options.extractDate());
                    extract.write(person.extractLine());
                    summary.residents++;
                    if (person.foreigner()) {
                        summary.foreigners++;
                    }
                    if (person.overseas()) {
                        summary.overseas++;
                    }
                    if (person.isAdultOn(options.extractDate()) && random.nextDouble() < DISQUALIFIED_SHARE_OF_ADULTS) {
                        disqualifications.write(Disqualifications.line(random, person.rrn(), options.extractDate()));
                        summary.disqualifications++;
                    }
                    summary.events += events.maybeChange(random, rrns, person);
                }
            }
            summary.events += events.newRegistrations(random, rrns);
        }
        return summary;
    }

    private BufferedWriter writer(String name) throws IOException {
        return Files.newBufferedWriter(options.out().resolve(name), StandardCharsets.UTF_8);
    }

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** What was written, for the console and for tests. */
    public static final class Summary {
        public long residents;
        public long foreigners;
        public long overseas;
        public long disqualifications;
        public long events;

        @Override
        public String toString() {
            return residents + " residents (" + foreigners + " foreign, " + overseas + " overseas-registered), "
                    + events + " change events, " + disqualifications + " disqualification notices";
        }
    }
}
