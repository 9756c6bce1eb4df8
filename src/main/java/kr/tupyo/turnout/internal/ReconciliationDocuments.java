package kr.tupyo.turnout.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import kr.tupyo.turnout.internal.StationDayReconciliation.Figures;
import org.springframework.stereotype.Component;

/**
 * The reconciliation as CSV (figures; records behind imbalances), plain text (for {@code ./tupyo
 * reconcile}) and PDF (A4 landscape, Korean font embedded). All three say the same.
 */
@Component
public class ReconciliationDocuments {

    public static final String FIGURES_HEADER = "station,station_name,day,closed,identified,identified_eligible,issued,"
            + "in_district,out_of_district,envelope_labels,envelope_labels_printed,signed,signatures_stored,spoiled,"
            + "counted_for_turnout,balanced,failed_checks";
    public static final String RECORDS_HEADER = "station,day,rule,issuance_id,issued_at,problem";

    public String figuresCsv(NationalReconciliation r) {
        StringBuilder csv = new StringBuilder(FIGURES_HEADER).append('\n');
        for (StationDayReconciliation d : r.stations()) {
            csv.append(d.station()).append(',').append(Csv.field(d.stationName())).append(',').append(d.day()).append(',')
                    .append(d.closed()).append(',').append(figures(d.figures())).append(',').append(d.balanced()).append(',')
                    .append(Csv.field(failed(d.checks()))).append('\n');
        }
        csv.append("NATIONAL,").append(Csv.field("전국")).append(",,,").append(figures(r.totals())).append(',')
                .append(r.balanced()).append(',').append(Csv.field(failed(r.checks()))).append('\n');
        return csv.toString();
    }

    public String recordsCsv(NationalReconciliation r) {
        StringBuilder csv = new StringBuilder(RECORDS_HEADER).append('\n');
        for (StationDayReconciliation d : r.stations()) {
            for (var b : d.records()) {
                csv.append(d.station()).append(',').append(d.day()).append(',').append(b.rule()).append(',')
                        .append(b.issuanceId()).append(',').append(b.issuedAt()).append(',').append(b.problem()).append('\n');
            }
        }
        return csv.toString();
    }

    /** What {@code ./tupyo reconcile} prints; the last line is BALANCED or IMBALANCED. */
    public String text(NationalReconciliation r) {
        StringBuilder t = new StringBuilder();
        t.append("Reconciliation of early voting: ").append(r.electionName()).append(" (").append(r.electionId())
                .append(")\nproduced ").append(r.producedAt()).append(" KST; station days: ").append(r.stationDays())
                .append(", imbalanced: ").append(r.imbalancedStationDays()).append("\n\n");
        t.append(String.format("%-18s %-10s %6s %6s %6s %6s %6s %6s %6s %6s  %s%n", "station", "day", "ident", "issued",
                "in", "out", "labels", "signed", "spoil", "count", "status"));
        for (StationDayReconciliation d : r.stations()) {
            Figures f = d.figures();
            t.append(String.format("%-18s %-10s %6d %6d %6d %6d %6d %6d %6d %6d  %s%n", d.station(), d.day(), f.identified(),
                    f.issued(), f.inDistrict(), f.outOfDistrict(), f.envelopeLabels(), f.signed(), f.spoiled(),
                    f.countedForTurnout(), d.balanced() ? "ok" : "IMBALANCED " + failed(d.checks())));
            for (var b : d.records()) {
                t.append("    ").append(b.rule()).append(": issuance ").append(b.issuanceId()).append(" at ")
                        .append(b.issuedAt()).append(" ").append(b.problem()).append('\n');
            }
        }
        Figures f = r.totals();
        t.append(String.format("%-18s %-10s %6d %6d %6d %6d %6d %6d %6d %6d  %s%n", "NATIONAL", "", f.identified(),
                f.issued(), f.inDistrict(), f.outOfDistrict(), f.envelopeLabels(), f.signed(), f.spoiled(),
                f.countedForTurnout(), failed(r.checks())));
        t.append("\nper contest (issued / printed / voided):\n");
        r.contests().forEach(c -> t.append("  ").append(c.contestName()).append(": ").append(c.issued()).append(" / ")
                .append(c.printed()).append(" / ").append(c.voided()).append('\n'));
        t.append("\nnational checks:\n");
        r.checks().forEach(c -> t.append("  ").append(c.holds() ? "ok   " : "FAIL ").append(c.rule()).append(" expected ")
                .append(c.expected()).append(", actual ").append(c.actual()).append('\n'));
        t.append(r.balanced() ? "BALANCED\n" : "IMBALANCED\n");
        return t.toString();
    }

    public void pdf(NationalReconciliation r, OutputStream out) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm 10mm; @bottom-center { content: counter(page) " / " counter(pages);
                        font-family: 'Noto Sans KR'; font-size: 8pt; } }
                body { font-family: 'Noto Sans KR'; font-size: 8pt; }
                h1 { font-size: 13pt; font-weight: 700; margin: 0 0 2mm 0; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 4mm; }
                thead { display: table-header-group; } tr { page-break-inside: avoid; }
                th, td { border: 0.4pt solid #333; padding: 1mm 1.2mm; } th { background: #eee; font-weight: 700; }
                td.n { text-align: right; } .bad { color: #b00; font-weight: 700; }
                </style></head><body>
                """);
        html.append("<h1>사전투표 정산 (Reconciliation) — ").append(x(r.electionName())).append("</h1><p>")
                .append(r.producedAt()).append(" KST · ").append(r.stationDays()).append(" station days · ")
                .append(r.imbalancedStationDays()).append(" imbalanced · ")
                .append(r.balanced() ? "BALANCED" : "<span class=\"bad\">IMBALANCED</span>").append("</p>");
        html.append("<table><thead><tr><th>사전투표소</th><th>일자</th><th>본인확인</th><th>교부</th><th>관내</th><th>관외</th>"
                + "<th>회송용봉투</th><th>서명</th><th>훼손재교부</th><th>투표율 집계</th><th>확인</th></tr></thead><tbody>");
        for (StationDayReconciliation d : r.stations()) {
            row(html, x(d.stationName()) + "<br/>" + d.station(), d.day().toString(), d.figures(),
                    d.balanced() ? "ok" : "<span class=\"bad\">" + x(failed(d.checks())) + "</span>");
        }
        row(html, "전국 (national)", "", r.totals(), r.balanced() ? "ok" : "<span class=\"bad\">" + x(failed(r.checks())) + "</span>");
        html.append("</tbody></table>");
        html.append("<table><thead><tr><th>선거 (contest)</th><th>교부</th><th>인쇄</th><th>무효</th></tr></thead><tbody>");
        r.contests().forEach(c -> html.append("<tr><td>").append(x(c.contestName())).append("</td><td class=\"n\">")
                .append(c.issued()).append("</td><td class=\"n\">").append(c.printed()).append("</td><td class=\"n\">")
                .append(c.voided()).append("</td></tr>"));
        html.append("</tbody></table>");
        List<String> records = r.stations().stream().flatMap(d -> d.records().stream().map(b -> "<tr><td>" + d.station()
                + "</td><td>" + d.day() + "</td><td>" + b.rule() + "</td><td>" + b.issuanceId() + "</td><td>" + b.issuedAt()
                + "</td><td>" + b.problem() + "</td></tr>")).toList();
        if (!records.isEmpty()) {
            html.append("<h1>불일치 기록 (records behind imbalances)</h1><table><thead><tr><th>station</th><th>day</th>"
                    + "<th>rule</th><th>issuance</th><th>issued at</th><th>problem</th></tr></thead><tbody>");
            records.forEach(html::append);
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        Pdf.render(html.toString(), out);
    }

    private static void row(StringBuilder html, String station, String day, Figures f, String status) {
        html.append("<tr><td>").append(station).append("</td><td>").append(day).append("</td>");
        for (long n : new long[] {f.identified(), f.issued(), f.inDistrict(), f.outOfDistrict(), f.envelopeLabels(),
                f.signed(), f.spoiled(), f.countedForTurnout()}) {
            html.append("<td class=\"n\">").append(n).append("</td>");
        }
        html.append("<td>").append(status).append("</td></tr>");
    }

    private static String figures(Figures f) {
        return f.identified() + "," + f.identifiedEligible() + "," + f.issued() + "," + f.inDistrict() + "," + f.outOfDistrict()
                + "," + f.envelopeLabels() + "," + f.envelopeLabelsPrinted() + "," + f.signed() + "," + f.signaturesStored()
                + "," + f.spoiled() + "," + f.countedForTurnout();
    }

    static String failed(List<ReconciliationCheck> checks) {
        return checks.stream().filter(c -> !c.holds())
                .map(c -> c.rule() + (c.subject().isEmpty() ? "" : "[" + c.subject() + "]") + "=" + c.expected() + "/" + c.actual())
                .collect(Collectors.joining("|"));
    }

    static String x(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
