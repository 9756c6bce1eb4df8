package kr.tupyo.experience.internal;

import java.util.random.RandomGenerator;

/** Made-up Korean names with their romanisation, for demo voters (surnames by frequency, common syllables). */
final class DemoNames {

    private static final String[][] SURNAMES = {{"김", "KIM"}, {"김", "KIM"}, {"김", "KIM"}, {"이", "LEE"}, {"이", "LEE"},
            {"박", "PARK"}, {"최", "CHOI"}, {"정", "JEONG"}, {"강", "KANG"}, {"조", "CHO"}, {"윤", "YOON"}, {"장", "JANG"},
            {"임", "LIM"}, {"한", "HAN"}, {"오", "OH"}, {"서", "SEO"}, {"신", "SHIN"}, {"권", "KWON"}, {"황", "HWANG"}};
    private static final String[][] SYLLABLES = {{"민", "min"}, {"서", "seo"}, {"지", "ji"}, {"현", "hyeon"},
            {"준", "jun"}, {"우", "u"}, {"연", "yeon"}, {"수", "su"}, {"영", "yeong"}, {"도", "do"}, {"윤", "yun"},
            {"하", "ha"}, {"은", "eun"}, {"예", "ye"}, {"진", "jin"}, {"주", "ju"}, {"성", "seong"}, {"재", "jae"},
            {"원", "won"}, {"호", "ho"}, {"혜", "hye"}, {"경", "gyeong"}, {"승", "seung"}, {"태", "tae"}, {"희", "hui"},
            {"아", "a"}, {"유", "yu"}, {"나", "na"}, {"빈", "bin"}, {"율", "yul"}, {"찬", "chan"}};

    record Name(String ko, String en) {
    }

    private DemoNames() {
    }

    static Name next(RandomGenerator random) {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[] first = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String[] second = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String given = first[1] + "-" + second[1];
        return new Name(surname[0] + first[0] + second[0],
                surname[1] + " " + Character.toUpperCase(given.charAt(0)) + given.substring(1));
    }
}
