package kr.tupyo.synthetic;

import java.util.SplittableRandom;

/** Plausible Korean names: surnames by frequency (2015 census), given names from common syllables. */
final class KoreanNames {

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오",
            "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남"};
    /** Per mille of the population, in the order above; the rest share the remaining weight evenly. */
    private static final int[] SURNAME_PER_MILLE = {215, 147, 84, 47, 43, 24, 21, 20, 19, 16, 15, 15, 15, 15, 14, 14,
            13, 13, 12, 11, 10, 9, 9, 9, 9, 8, 8, 8, 8, 6};
    private static final String[] SYLLABLES = {"민", "서", "지", "현", "준", "우", "연", "수", "영", "도", "윤", "하", "은",
            "예", "진", "주", "성", "재", "원", "호", "혜", "경", "정", "승", "태", "희", "아", "유", "나", "빈", "율", "찬"};
    private static final int SURNAME_TOTAL;

    static {
        int total = 0;
        for (int w : SURNAME_PER_MILLE) {
            total += w;
        }
        SURNAME_TOTAL = total;
    }

    private KoreanNames() {
    }

    static String name(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        int i = 0;
        while (pick >= SURNAME_PER_MILLE[i]) {
            pick -= SURNAME_PER_MILLE[i];
            i++;
        }
        return SURNAMES[i] + SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    /** Names of foreign residents, in Latin letters as the register keeps them. */
    static String foreignName(SplittableRandom random) {
        String[] given = {"ANNA", "JOHN", "MINH", "LAN", "WEI", "OLGA", "RAVI", "MARIA", "AZIZ", "NGUYEN"};
        String[] family = {"NGUYEN", "WANG", "SMITH", "TRAN", "LI", "IVANOVA", "KHAN", "SANTOS", "KIM", "PEREZ"};
        return family[random.nextInt(family.length)] + " " + given[random.nextInt(given.length)];
    }
}
