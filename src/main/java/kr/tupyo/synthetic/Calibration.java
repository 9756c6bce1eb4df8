package kr.tupyo.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.tupyo.platform.CsvLine;

/**
 * Where people live: from the 2022 reference tables, each 읍면동 weighted by its electorate — the
 * election-day electors of its precincts, its in-district early voters' electorate, and its share of
 * the 시군구's electors counted only at 시군구 level (out-of-district early, home and ship). Without
 * the tables: three 읍면동 of 종로구, equally weighted (the small sample used by tests).
 */
final class Calibration {

    private Calibration() {
    }

    static List<Locality> sample() {
        return List.of(
                new Locality("1111051500", "서울특별시", "종로구", "청운효자동", 1),
                new Locality("1111053000", "서울특별시", "종로구", "사직동", 1),
                new Locality("1111054000", "서울특별시", "종로구", "삼청동", 1));
    }

    static List<Locality> from(Path kr2022) throws IOException {
        Map<String, double[]> electorsByEmd = new LinkedHashMap<>();
        for (String[] row : rows(kr2022.resolve("precincts.csv"))) {
            electorsByEmd.computeIfAbsent(row[4], k -> new double[1])[0] += Double.parseDouble(row[6]);
        }
        for (String[] row : rows(kr2022.resolve("early_voting.csv"))) {
            electorsByEmd.computeIfAbsent(row[1], k -> new double[1])[0] += Double.parseDouble(row[4]);
        }
        Map<String, Double> sggTotals = new HashMap<>();
        electorsByEmd.forEach((emd, e) -> sggTotals.merge(emd.substring(0, 5), e[0], Double::sum));
        Map<String, Double> sggOnly = new HashMap<>();
        for (String[] row : rows(kr2022.resolve("sgg_absentee.csv"))) {
            sggOnly.put(row[0], Double.parseDouble(row[9]) + Double.parseDouble(row[10]));
        }
        Map<String, String[]> names = new HashMap<>();
        for (String[] row : rows(kr2022.resolve("divisions.csv"))) {
            names.put(row[4], new String[] {row[1], row[3], row[5]});
        }
        List<Locality> localities = new ArrayList<>();
        electorsByEmd.forEach((emd, e) -> {
            String[] n = names.get(emd);
            if (n == null) {
                return; // a precinct outside the division table: nowhere to register people
            }
            double sggTotal = sggTotals.get(emd.substring(0, 5));
            double extra = sggOnly.getOrDefault(emd.substring(0, 5), 0.0) * (sggTotal == 0 ? 0 : e[0] / sggTotal);
            localities.add(new Locality(emd, n[0], n[1], n[2], e[0] + extra));
        });
        return localities;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(split(line));
            }
        }
        return rows;
    }

    static String[] split(String line) {
        return CsvLine.split(line).orElseThrow(() -> new IllegalArgumentException("not CSV: " + line))
                .toArray(String[]::new);
    }
}
