package kr.tupyo.turnout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionCalendar;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.VoterId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed list read back with PDFBox: pages, the header on every page, the Korean text and the marks. */
class ListPdfTest {

    static final Election ELECTION = new Election(new ElectionId(UUID.fromString("00000000-0000-0000-0000-000000000021")),
            ElectionType.PRESIDENTIAL, "제21대 대통령선거", ElectionCalendar.statutory(ElectionType.PRESIDENTIAL, LocalDate.of(2028, 4, 12)));
    static final PrecinctLists.ListedPrecinct PRECINCT = new PrecinctLists.ListedPrecinct(1, "1111051500", 1, "청운효자동제1투", "청운초등학교");

    /** Many different syllables, so that the glyph codes include every byte a literal string must escape. */
    static final String SYLLABLES;

    static {
        StringBuilder s = new StringBuilder();
        for (char c = '가'; c < '가' + 1500; c += 3) {
            s.append(c);
        }
        SYLLABLES = s.toString();
    }

    /** 80 lines, 34 per page: 3 pages. Every third voter voted early; line 40 is overseas-registered. */
    static MarkedList.Marked list() {
        List<MarkedList.Line> lines = new ArrayList<>();
        int early = 0;
        for (int i = 1; i <= 80; i++) {
            String name = i == 1 ? "홍길동" : i == 50 ? "남궁민수" : "이름" + SYLLABLES.charAt(i % SYLLABLES.length()) + i;
            String address = switch (i) {
                case 2 -> "서울특별시 종로구 자하문로 (청운동) 12-3 \\ 가동";
                case 3 -> null;
                case 4 -> "서울특별시 종로구 청운효자동 자하문로 아주 긴 주소가 잘리는지 보는 줄입니다 끝";
                default -> "서울 종로구 " + SYLLABLES.substring((i * 7) % 400, (i * 7) % 400 + 20);
            };
            var line = new PrecinctLists.ListLine(new VoterId(i), i, name, address, LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                    "700101-1******", i == 40 ? "OVERSEAS_REGISTERED" : "DOMESTIC", null);
            boolean voted = i % 3 == 0;
            early += voted ? 1 : 0;
            lines.add(new MarkedList.Line(line, voted, MarkedList.remarks(line, voted)));
        }
        return new MarkedList.Marked(PRECINCT, lines, early);
    }

    static byte[] pdf(MarkedList.Marked list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkedListWriter().pdf(ELECTION, list, out);
        return out.toByteArray();
    }

    static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void readsBackPageByPage() throws Exception {
        byte[] bytes = pdf(list());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4 landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String first = text(doc, 1);
            assertThat(first).contains("제21대 대통령선거 선거인명부 (선거일)", "청운효자동제1투 · 투표소 청운초등학교 · 선거일 2028-04-12 · 사전투표자 26 / 80",
                    "1 / 3", "선거인번호", "주민등록번호", "서명 또는 날인");
            assertThat(first).contains("1 홍길동", "서울특별시 종로구 자하문로 (청운동) 12-3 \\ 가동", "1951-02-02", "700101-1******");
            assertThat(first).contains("서울특별시 종로구 청운효자동 자하문로 아주 긴 주소가 잘리는…")
                    .doesNotContain("잘리는지 보는");
            assertThat(first).contains("3 이름" + SYLLABLES.charAt(3) + "3").contains("사전투표 —");
            String second = text(doc, 2);
            assertThat(second).as("the header on page 2").contains("제21대 대통령선거 선거인명부 (선거일)", "2 / 3",
                    "선거인번호", "성명", "주소", "생년월일", "비고");
            assertThat(second).contains("남궁민수", "재외국민", "사전투표");
            assertThat(second).doesNotContain("홍길동");
            assertThat(text(doc, 3)).contains("3 / 3", "80 이름" + SYLLABLES.charAt(80 % SYLLABLES.length()) + "80");
            for (int i = 5; i <= 80; i++) {
                if (i == 50) {
                    continue;
                }
                String address = "서울 종로구 " + SYLLABLES.substring((i * 7) % 400, (i * 7) % 400 + 20);
                assertThat(new PDFTextStripper().getText(doc)).as("line %d reads back exactly", i).contains(address);
            }
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(list()))) {
            List<String> names = new ArrayList<>();
            for (COSName name : doc.getPage(1).getResources().getFontNames()) {
                PDFont font = doc.getPage(1).getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NotoSansKR-(Regular|Bold)"));
        }
    }

    @Test
    void sameListSameBytesOnAnyThread() throws Exception {
        MarkedList.Marked list = list();
        byte[] here = pdf(list);
        assertThat(pdf(list)).isEqualTo(here);
        try (var pool = Executors.newSingleThreadExecutor()) {
            assertThat(pool.submit(() -> pdf(list)).get()).as("another thread's glyph cache").isEqualTo(here);
        }
    }

    @Test
    void anEmptyListIsOnePageWithItsHeader() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(new MarkedList.Marked(PRECINCT, List.of(), 0)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text(doc, 1)).contains("선거인명부", "1 / 1", "선거인번호", "사전투표자 0 / 0");
        }
    }

    @Test
    void aCharacterTheFontLacksFailsTheListAsBefore() {
        var line = new PrecinctLists.ListLine(new VoterId(1), 1, "이름\uD83D\uDE00", "서울", LocalDate.of(1970, 1, 1),
                "700101-1******", "DOMESTIC", null);
        var list = new MarkedList.Marked(PRECINCT, List.of(new MarkedList.Line(line, false, "")), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pdf(list)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1F600");
        assertThat(pdf(list())).as("the next list on the same thread").isEqualTo(pdf(list()));
    }

    @Test
    void threeThousandLinesStayUnderOneMegabyte() {
        assertThat(pdf(TurnoutListBenchmark.precinct(1)).length).isLessThan(1 << 20);
    }
}
