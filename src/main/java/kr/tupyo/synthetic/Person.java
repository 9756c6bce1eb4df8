package kr.tupyo.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kr.tupyo.platform.CsvLine;

/** One generated resident as the extract describes them. */
record Person(String rrn, String name, LocalDate birthDate, boolean male, String nationality, Locality locality,
              String address, LocalDate registeredSince, String residenceType, LocalDate permanentResidenceSince) {

    private static final String[] FOREIGN_NATIONALITIES = {"CN", "CN", "CN", "VN", "VN", "TH", "US", "UZ", "PH", "RU",
            "KH", "NP", "ID", "MN", "JP"};

    static Person random(SplittableRandom random, RrnFactory rrns, Locality locality, long index, LocalDate extractDate) {
        double kind = random.nextDouble();
        boolean foreigner = kind < RegisterGenerator.FOREIGN_SHARE;
        boolean overseas = !foreigner && kind < RegisterGenerator.FOREIGN_SHARE + RegisterGenerator.OVERSEAS_SHARE;
        LocalDate birth = AgeStructure.birthDate(random, extractDate);
        boolean male = random.nextDouble() < 0.497;
        String rrn = rrns.next(birth, male, foreigner, random);
        LocalDate since = registeredSince(random, birth, extractDate, overseas);
        // Permanent residence (F-5) only for adults, granted at some point in the last 12 years.
        LocalDate permanent = foreigner && !birth.plusYears(18).isAfter(extractDate)
                && random.nextDouble() < RegisterGenerator.PERMANENT_RESIDENT_SHARE_OF_FOREIGNERS
                ? laterOf(birth.plusYears(18), extractDate.minusDays(random.nextLong(12 * 365))) : null;
        return new Person(rrn, foreigner ? KoreanNames.foreignName(random) : KoreanNames.name(random), birth, male,
                foreigner ? FOREIGN_NATIONALITIES[random.nextInt(FOREIGN_NATIONALITIES.length)] : "KR", locality,
                address(locality, index), since,
                foreigner ? "FOREIGN_RESIDENT" : overseas ? "OVERSEAS_REGISTERED" : "DOMESTIC", permanent);
    }

    /** Road-name style addresses; the index keeps neighbours in one street, so address order is locality order. */
    static String address(Locality locality, long index) {
        long street = index / 600 + 1;
        long building = index % 600 / 6 + 1;
        long unit = index % 6 + 101;
        return locality.sidoName() + " " + locality.sggName() + " " + locality.emdName() + " 중앙로" + street + "길 "
                + building + " " + unit + "호";
    }

    private static LocalDate registeredSince(SplittableRandom random, LocalDate birth, LocalDate extractDate, boolean overseas) {
        if (overseas && random.nextDouble() < 0.2) {
            // recently registered: the 3-month rule bites (never before birth)
            return laterOf(birth, extractDate.minusDays(random.nextLong(1, 120)));
        }
        long span = Math.max(1, RegisterGenerator.daysBetween(laterOf(birth, extractDate.minusYears(30)), extractDate));
        return extractDate.minusDays(random.nextLong(span));
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    boolean foreigner() {
        return "FOREIGN_RESIDENT".equals(residenceType);
    }

    boolean overseas() {
        return "OVERSEAS_REGISTERED".equals(residenceType);
    }

    boolean isAdultOn(LocalDate date) {
        return !birthDate.plusYears(18).isAfter(date);
    }

    String sex() {
        return male ? "M" : "F";
    }

    String extractLine() {
        return CsvLine.line(rrn, name, birthDate.toString(), sex(), nationality, locality.emdCode(), address,
                registeredSince.toString(), residenceType,
                permanentResidenceSince == null ? "" : permanentResidenceSince.toString());
    }
}
