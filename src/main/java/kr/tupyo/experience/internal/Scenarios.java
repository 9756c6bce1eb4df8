package kr.tupyo.experience.internal;

import static kr.tupyo.election.ContestKind.LOCAL_COUNCIL_CONSTITUENCY;
import static kr.tupyo.election.ContestKind.LOCAL_COUNCIL_PROPORTIONAL;
import static kr.tupyo.election.ContestKind.LOCAL_HEAD;
import static kr.tupyo.election.ContestKind.METROPOLITAN_COUNCIL_CONSTITUENCY;
import static kr.tupyo.election.ContestKind.METROPOLITAN_COUNCIL_PROPORTIONAL;
import static kr.tupyo.election.ContestKind.METROPOLITAN_HEAD;
import static kr.tupyo.election.ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY;
import static kr.tupyo.election.ContestKind.NATIONAL_ASSEMBLY_PROPORTIONAL;
import static kr.tupyo.election.ContestKind.PRESIDENT;
import static kr.tupyo.election.ContestKind.SUPERINTENDENT;

import java.util.List;
import kr.tupyo.experience.internal.DemoContest.Line;

/**
 * The fictional demo elections. Every party, candidate and place below is made up: the voters live in
 * 한빛특별시 새솔구 하늘동 (Hanbit Metropolitan City, Saesol-gu, Haneul-dong), which does not exist.
 */
final class Scenarios {

    static final String HOME_KO = "한빛특별시 새솔구 하늘동";
    static final String HOME_EN = "Haneul-dong, Saesol-gu, Hanbit Metropolitan City";
    static final String COMMISSION_KO = "새솔구 선거관리위원회";
    static final String COMMISSION_AREA_KO = "한빛특별시 새솔구 (견본)";

    private static final String[][] PARTIES = {
            {"미래희망당", "Future Hope Party"},
            {"푸른나라당", "Blue Land Party"},
            {"함께사는당", "Living Together Party"},
            {"새물결당", "New Wave Party"},
            {"녹색내일당", "Green Tomorrow Party"}};

    private static final Scenario.DemoElection PRESIDENTIAL_ELECTION = new Scenario.DemoElection(
            "체험관 견본 대통령선거", "Experience-room presidential election (specimen)", List.of(
            contest(PRESIDENT, "대통령선거", "Presidential election", "전국", "Nationwide",
                    candidates("김한빛", "Kim Han-bit", "이서준", "Lee Seo-jun", "박지우", "Park Ji-woo",
                            "최도윤", "Choi Do-yun"), true)));

    private static final Scenario.DemoElection NATIONAL_ASSEMBLY_ELECTION = new Scenario.DemoElection(
            "체험관 견본 국회의원선거", "Experience-room National Assembly election (specimen)", List.of(
            contest(NATIONAL_ASSEMBLY_CONSTITUENCY, "국회의원선거", "National Assembly: constituency", "새솔구갑",
                    "Saesol-gu A constituency", candidates("정하은", "Jeong Ha-eun", "강민호", "Kang Min-ho",
                            "윤서연", "Yoon Seo-yeon"), true),
            partyList(NATIONAL_ASSEMBLY_PROPORTIONAL, "비례대표국회의원선거", "National Assembly: party list",
                    "전국", "Nationwide", 5)));

    private static final Scenario.DemoElection LOCAL_ELECTION = new Scenario.DemoElection(
            "체험관 견본 전국동시지방선거", "Experience-room local elections (specimen)", List.of(
            contest(METROPOLITAN_HEAD, "한빛특별시장선거", "Mayor of Hanbit Metropolitan City", "한빛특별시",
                    "Hanbit Metropolitan City", candidates("장도현", "Jang Do-hyeon", "임수아", "Lim Su-a",
                            "한지호", "Han Ji-ho"), true),
            contest(LOCAL_HEAD, "새솔구청장선거", "Head of Saesol-gu", "새솔구", "Saesol-gu",
                    candidates("오예준", "Oh Ye-jun", "서유나", "Seo Yu-na"), true),
            contest(METROPOLITAN_COUNCIL_CONSTITUENCY, "한빛특별시의회의원선거", "Metropolitan council: constituency",
                    "새솔구제1선거구", "Saesol-gu constituency 1", candidates("신재원", "Shin Jae-won", "권하린",
                            "Kwon Ha-rin", "조태윤", "Cho Tae-yun"), true),
            contest(LOCAL_COUNCIL_CONSTITUENCY, "새솔구의회의원선거", "District council: constituency",
                    "새솔구가선거구", "Saesol-gu constituency Ga", candidates("문승우", "Moon Seung-u", "배지민",
                            "Bae Ji-min", "백현서", "Baek Hyeon-seo", "홍은찬", "Hong Eun-chan"), true),
            partyList(METROPOLITAN_COUNCIL_PROPORTIONAL, "한빛특별시의회비례대표의원선거",
                    "Metropolitan council: party list", "한빛특별시", "Hanbit Metropolitan City", 4),
            partyList(LOCAL_COUNCIL_PROPORTIONAL, "새솔구의회비례대표의원선거", "District council: party list",
                    "새솔구", "Saesol-gu", 3),
            contest(SUPERINTENDENT, "한빛특별시교육감선거", "Superintendent of education", "한빛특별시",
                    "Hanbit Metropolitan City", candidates("유나래", "Yu Na-rae", "송기현", "Song Gi-hyeon",
                            "남다온", "Nam Da-on"), false)));

    private Scenarios() {
    }

    static Scenario.DemoElection of(Scenario scenario) {
        return switch (scenario) {
            case PRESIDENTIAL -> PRESIDENTIAL_ELECTION;
            case NATIONAL_ASSEMBLY -> NATIONAL_ASSEMBLY_ELECTION;
            case LOCAL -> LOCAL_ELECTION;
        };
    }

    /** Korean and English names in pairs, in ballot order. */
    private static String[] candidates(String... koEn) {
        return koEn;
    }

    /** Candidates with parties in order (the last of three or more independent), or without any party. */
    private static DemoContest contest(kr.tupyo.election.ContestKind kind, String titleKo, String titleEn,
                                       String districtKo, String districtEn, String[] candidates, boolean withParties) {
        int count = candidates.length / 2;
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean independent = !withParties || (count > 2 && i == count - 1);
            lines.add(new Line(i + 1, independent ? null : PARTIES[i][0], independent ? null : PARTIES[i][1],
                    candidates[2 * i], candidates[2 * i + 1]));
        }
        return new DemoContest(kind, titleKo, titleEn, districtKo, districtEn, lines);
    }

    private static DemoContest partyList(kr.tupyo.election.ContestKind kind, String titleKo, String titleEn,
                                         String districtKo, String districtEn, int parties) {
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < parties; i++) {
            lines.add(new Line(i + 1, PARTIES[i][0], PARTIES[i][1], null, null));
        }
        return new DemoContest(kind, titleKo, titleEn, districtKo, districtEn, lines);
    }
}
