package kr.tupyo.roll.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import kr.tupyo.election.Election;
import kr.tupyo.registry.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The election-day list of one precinct (선거인명부 as printed for the polling station): A4 landscape
 * PDF with the Korean font embedded, and the same rows as CSV. Columns as on a real list: voter number,
 * name, address, birth date, masked RRN, remarks, and an empty signature (서명 또는 날인) column.
 */
@Service
public class ElectionDayLists {

    static final String FONT_REGULAR = "/fonts/NotoSansKR_400Regular.ttf";
    static final String FONT_BOLD = "/fonts/NotoSansKR_700Bold.ttf";
    static final String CSV_HEADER = "voter_number,name,address,birth_date,rrn_masked,remarks\n";

    private final RollEntries entries;
    private final Divisions divisions;

    ElectionDayLists(RollEntries entries, Divisions divisions) {
        this.entries = entries;
        this.divisions = divisions;
    }

    @Transactional(readOnly = true)
    public void csv(Election election, RollPrecincts.RollPrecinct precinct, Writer out) {
        entries.forEachInPrecinct(election.id(), precinct.id(), e -> {
            try {
                out.write(e.voterNumber() + "," + Csv.field(e.name()) + "," + Csv.field(e.address()) + ","
                        + e.birthDate() + "," + e.rrnMasked() + "," + Csv.field(e.remarks()) + "\n");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
    }

    public void csvHeader(Writer out) throws IOException {
        out.write(CSV_HEADER);
    }

    @Transactional(readOnly = true)
    public void pdf(Election election, RollPrecincts.RollPrecinct precinct, OutputStream out) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String area = divisions.emd(precinct.emdCode(), election.calendar().referenceDate()).map(d -> d.fullName())
                .orElse(precinct.emdCode());
        html.append("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
                        @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Noto Sans KR'; font-size: 8pt; } }
                body { font-family: 'Noto Sans KR'; font-size: 8.5pt; }
                h1 { font-size: 13pt; margin: 0 0 2mm 0; font-weight: 700; }
                p.meta { margin: 0 0 3mm 0; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border: 0.4pt solid #333; padding: 1.2mm 1.5mm; vertical-align: top; }
                th { background: #eee; font-weight: 700; }
                td.n { text-align: right; width: 14mm; }
                td.sign { width: 32mm; }
                </style></head><body>
                """);
        html.append("<h1>").append(x(election.name())).append(" 선거인명부 (Voters list)</h1>");
        html.append("<p class=\"meta\">").append(x(area)).append(" · ").append(x(precinct.name())).append(" · 투표소 ")
                .append(x(precinct.pollingPlace())).append(" · 선거일 ").append(election.electionDay()).append("</p>");
        html.append("<table><thead><tr><th>선거인번호</th><th>성명</th><th>주소</th><th>생년월일</th><th>주민등록번호</th>"
                + "<th>비고</th><th>서명 또는 날인</th></tr></thead><tbody>");
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        long[] rows = {0};
        entries.forEachInPrecinct(election.id(), precinct.id(), e -> {
            rows[0]++;
            html.append("<tr><td class=\"n\">").append(e.voterNumber()).append("</td><td>").append(x(e.name()))
                    .append("</td><td>").append(x(e.address())).append("</td><td>").append(date.format(e.birthDate()))
                    .append("</td><td>").append(e.rrnMasked()).append("</td><td>")
                    .append(x(Optional.ofNullable(e.remarks()).orElse(""))).append("</td><td class=\"sign\"></td></tr>");
        });
        if (rows[0] == 0) {
            html.append("<tr><td colspan=\"7\">-</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT_REGULAR), "Noto Sans KR", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "Noto Sans KR", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = ElectionDayLists.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the Korean font " + path + " is not on the class path (frontend/build.sh)");
        }
        return in;
    }

    /** Escapes text for XHTML. */
    static String x(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
