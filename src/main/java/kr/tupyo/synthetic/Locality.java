package kr.tupyo.synthetic;

/**
 * One 읍면동 the generator places residents in, with its share of the population.
 *
 * @param weight relative size (the 2022 electorate when calibrated)
 */
record Locality(String emdCode, String sidoName, String sggName, String emdName, double weight) {

    String sggCode() {
        return emdCode.substring(0, 5);
    }
}
