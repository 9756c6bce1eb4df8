package kr.tupyo.earlyvoting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tupyo.election.BallotEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A ballot paper and an envelope label rendered without the server (sample copies go to target/). */
class EarlyVotingBallotPdfTest {

    @Test
    void aBallotPaperHasEverythingThePrinterNeeds() throws Exception {
        var page = new BallotPdf.Page("제23대 국회의원선거", "국회의원선거 투표용지", "종로구", false,
                List.of(new BallotEntry(1, "더불어민주당", "곽상언"), new BallotEntry(2, "국민의힘", "최재형"),
                        new BallotEntry(3, null, "홍길동")),
                new BallotSerial(1, 471_193_820_547L));
        byte[] pdf = BallotPdf.render("청운효자동 사전투표소", List.of(page));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sample-ballot.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("사전투표", "제23대 국회의원선거", "국회의원선거 투표용지", "선거구: 종로구", "곽상언", "무소속",
                    "일련번호 1-0471193820547", "청운효자동 사전투표소 사전투표관리관");
        }
        byte[] label = EnvelopeLabelPdf.render("종로구 선거관리위원회", "서울특별시 종로구 (11110)", "R11110-0123456789",
                "제23대 국회의원선거", "중앙동 사전투표소");
        Files.write(Path.of("target", "sample-envelope-label.pdf"), label);
        try (var document = Loader.loadPDF(label)) {
            assertThat(new PDFTextStripper().getText(document)).contains("종로구 선거관리위원회", "R11110-0123456789");
        }
    }
}
