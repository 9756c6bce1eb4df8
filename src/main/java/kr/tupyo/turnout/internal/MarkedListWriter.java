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

    /** The printed list (PDFBox, docs/decisions/144): early voters' rows in bold with 사전투표 in the remarks. */
    void pdf(Election election, MarkedList.Marked list, OutputStream out) {
        ListPdf.write(election, list, out);
    }
}
