package kr.tupyo.turnout.internal;

/**
 * Turnout of one area (nation, 시도 or 시군구) at one moment.
 *
 * @param electors      voters on the finalised list (0 while it is not finalised)
 * @param inDistrict    관내 early voters who live in the area
 * @param outOfDistrict 관외 early voters who live in the area
 * @param electionDay   voters on election day, as entered by precinct officials
 * @param percent       (early + election day) / electors × 100, one decimal; 0 without electors
 */
public record AreaTurnout(String code, String name, long electors, long inDistrict, long outOfDistrict,
                          long early, long electionDay, long voters, double percent, double earlyPercent) {

    static AreaTurnout of(String code, String name, long electors, long inDistrict, long outOfDistrict,
                          long electionDay) {
        long early = inDistrict + outOfDistrict;
        return new AreaTurnout(code, name, electors, inDistrict, outOfDistrict, early, electionDay,
                early + electionDay, Percent.of(early + electionDay, electors), Percent.of(early, electors));
    }
}
