package kr.tupyo.turnout.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import kr.tupyo.election.Election;
import org.springframework.stereotype.Component;

/** Writes a marked list as CSV (UTF-8, RFC 4180) or as the printed A4-landscape PDF. */
@Component
class MarkedListWriter {

    static final String CSV_HEADER = "voter_number,name,address,birth_date,rrn_masked,remarks\n";

    void csv(MarkedList.Marked list, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(CSV_HEADER);
            StringBuilder line = new StringBuilder(160);
            for (MarkedList.Line l : list.lines()) {
                line.setLength(0);
                line.append(l.line().voterNumber()).append(',').append(Csv.field(l.line().name())).append(',')
                        .append(Csv.field(l.line().address())).append(',').append(l.line().birthDate()).append(',')
                        .append(l.line().rrnMasked()).append(',').append(Csv.field(l.remarks())).append('\n');
                w.write(line.toString());
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void pdf(Election election, MarkedList.Marked list, OutputStream out) {
        StringBuilder html = new StringBuilder(64 * 1024 + list.lines().size() * 200);
        html.append("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
                        @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Noto Sans KR'; font-size: 8pt; } }
                body { font-family: 'Noto Sans KR'; font-size: 8.5pt; }
                h1 { font-size: 13pt; margin: 0 0 2mm 0; font-weight: 700; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
                thead { display: table-header-group; } tr { page-break-inside: avoid; }
                th, td { border: 0.4pt solid #333; padding: 1.2mm 1.5mm; vertical-align: top; }
                th { background: #eee; font-weight: 700; } td.n { text-align: right; width: 14mm; }
                td.sign { width: 32mm; } tr.early td { background: #f3f3f3; } td.mark { font-weight: 700; }
                </style></head><body>
                """);
        html.append("<h1>").append(ReconciliationDocuments.x(election.name())).append(" 선거인명부 (선거일)</h1><p>")
                .append(ReconciliationDocuments.x(list.precinct().name())).append(" · 투표소 ")
                .append(ReconciliationDocuments.x(list.precinct().pollingPlace())).append(" · 선거일 ")
                .append(election.electionDay()).append(" · 사전투표자 ").append(list.earlyVoters()).append(" / ")
                .append(list.lines().size()).append("</p>");
        html.append("<table><thead><tr><th>선거인번호</th><th>성명</th><th>주소</th><th>생년월일</th><th>주민등록번호</th>"
                + "<th>비고</th><th>서명 또는 날인</th></tr></thead><tbody>");
        for (MarkedList.Line l : list.lines()) {
            html.append(l.early() ? "<tr class=\"early\">" : "<tr>").append("<td class=\"n\">").append(l.line().voterNumber())
                    .append("</td><td>").append(ReconciliationDocuments.x(l.line().name())).append("</td><td>")
                    .append(ReconciliationDocuments.x(l.line().address())).append("</td><td>").append(l.line().birthDate())
                    .append("</td><td>").append(l.line().rrnMasked()).append("</td><td class=\"mark\">")
                    .append(ReconciliationDocuments.x(l.remarks())).append("</td><td class=\"sign\">")
                    .append(l.early() ? "—" : "").append("</td></tr>");
        }
        if (list.lines().isEmpty()) {
            html.append("<tr><td colspan=\"7\">-</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        Pdf.render(html.toString(), out);
    }
}
