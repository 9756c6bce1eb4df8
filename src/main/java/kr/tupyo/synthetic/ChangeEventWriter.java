package kr.tupyo.synthetic;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import kr.tupyo.platform.CsvLine;

/**
 * Change events after the extract: moves, deaths, name changes, naturalisations, loss of nationality
 * and new registrations, at yearly rates close to Korea's. Events are first written to one temporary
 * file per day and then joined in date order with their ids, so the whole register never has to be
 * held in memory to sort them.
 */
final class ChangeEventWriter implements AutoCloseable {

    static final String HEADER = "event_id,rrn,type,effective_date,name,birth_date,sex,nationality,emd_code,address,"
            + "residence_type,permanent_residence_since\n";
    private static final double MOVES_PER_YEAR = 0.12;
    private static final double DEATHS_PER_YEAR = 0.006;
    private static final double NAME_CHANGES_PER_YEAR = 0.001;
    private static final double NATURALISATIONS_PER_YEAR_OF_FOREIGNERS = 0.02;
    private static final double NATIONALITY_LOSSES_PER_YEAR = 0.0003;
    private static final double NEW_REGISTRATIONS_PER_YEAR = 0.01;

    private final GeneratorOptions options;
    private final List<Locality> localities;
    private final int days;
    private final BufferedWriter[] byDay;
    private final Path tmp;

    ChangeEventWriter(GeneratorOptions options, List<Locality> localities) throws IOException {
        this.options = options;
        this.localities = localities;
        this.days = (int) RegisterGenerator.daysBetween(options.extractDate(), options.eventsUntil());
        if (days > 730) {
            throw new IllegalArgumentException("events may cover at most two years after the extract");
        }
        this.byDay = new BufferedWriter[days];
        this.tmp = Files.createDirectories(options.out().resolve(".events-by-day"));
    }

    /** At most one change for this person within the window; returns how many events were written. */
    int maybeChange(SplittableRandom random, RrnFactory rrns, Person person) throws IOException {
        double years = days / 365.0;
        double deathRate = DEATHS_PER_YEAR * (person.birthDate().isBefore(options.extractDate().minusYears(70)) ? 6 : 0.4);
        double pick = random.nextDouble();
        int day = random.nextInt(days);
        LocalDate date = options.extractDate().plusDays(day + 1L);
        String rrn = person.rrn();
        if ((pick -= deathRate * years) < 0) {
            return write(day, rrn, "DEATH", date, "", "", "", "", "", "", "", "");
        }
        if ((pick -= MOVES_PER_YEAR * years) < 0) {
            Locality to = localities.get(random.nextInt(localities.size()));
            return write(day, rrn, "MOVE", date, "", "", "", "", to.emdCode(),
                    Person.address(to, 900_000 + random.nextInt(90_000)), "", "");
        }
        if ((pick -= NAME_CHANGES_PER_YEAR * years) < 0) {
            return write(day, rrn, "NAME_CHANGE", date, KoreanNames.name(random), "", "", "", "", "", "", "");
        }
        if (person.foreigner() && (pick -= NATURALISATIONS_PER_YEAR_OF_FOREIGNERS * years) < 0) {
            return write(day, rrn, "NATURALISATION", date, KoreanNames.name(random), "", "", "", "", "", "", "");
        }
        if (!person.foreigner() && (pick -= NATIONALITY_LOSSES_PER_YEAR * years) < 0) {
            return write(day, rrn, "NATIONALITY_LOST", date, "", "", "", "US", "", "", "", "");
        }
        return 0;
    }

    /** Births and arrivals: people who are in the events only. */
    long newRegistrations(SplittableRandom random, RrnFactory rrns) throws IOException {
        long count = Math.round(options.size() * NEW_REGISTRATIONS_PER_YEAR * days / 365.0);
        for (long i = 0; i < count; i++) {
            int day = random.nextInt(days);
            LocalDate date = options.extractDate().plusDays(day + 1L);
            Locality at = localities.get(random.nextInt(localities.size()));
            boolean newborn = random.nextDouble() < 0.6;
            LocalDate birth = newborn ? date.minusDays(random.nextInt(14)) : AgeStructure.birthDate(random, date);
            boolean male = random.nextBoolean();
            write(day, rrns.next(birth, male, false, random), "NEW_REGISTRATION", date, KoreanNames.name(random),
                    birth.toString(), male ? "M" : "F", "KR", at.emdCode(), Person.address(at, 950_000 + i), "DOMESTIC", "");
        }
        return count;
    }

    private int write(int day, String rrn, String type, LocalDate date, String name, String birth, String sex,
                      String nationality, String emd, String address, String residenceType, String permanent)
            throws IOException {
        if (byDay[day] == null) {
            byDay[day] = Files.newBufferedWriter(tmp.resolve(day + ".csv"), StandardCharsets.UTF_8);
        }
        byDay[day].write(CsvLine.line(rrn, type, date.toString(), name, birth, sex, nationality, emd, address,
                residenceType, permanent));
        return 1;
    }

    @Override
    public void close() throws IOException {
        long id = 0;
        try (BufferedWriter out = Files.newBufferedWriter(options.out().resolve("events.csv"), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int day = 0; day < days; day++) {
                if (byDay[day] == null) {
                    continue;
                }
                byDay[day].close();
                Path file = tmp.resolve(day + ".csv");
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        out.write(String.format("E%010d,", ++id));
                        out.write(line);
                        out.write('\n');
                    }
                }
                Files.delete(file);
            }
        }
        Files.deleteIfExists(tmp);
    }
}
