package kr.tupyo.election.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a precinct file: every error with its line, rows handed on only while the file is clean. */
class PrecinctFileTest {

    static final String HEADER = "sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters\n";
    static final String ROW1 = "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170\n";
    static final String ROW2 = "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,1792,1155\n";

    final List<PrecinctFile.NumberedRow> rows = new ArrayList<>();

    PrecinctFile.Summary read(byte[] bytes) {
        return PrecinctFile.read(new ByteArrayInputStream(bytes), c -> true, rows::add);
    }

    PrecinctFile.Summary read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsValidRowsWithTheirLineAndPollingPlace() {
        var summary = read(HEADER + ROW1 + ROW2);
        assertThat(summary.valid()).isTrue();
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.emdCount()).isEqualTo(1);
        assertThat(rows).extracting(PrecinctFile.NumberedRow::line).containsExactly(2L, 3L);
        assertThat(rows.getFirst().row().pollingPlace()).isEqualTo("청운효자동제1투표소");
        assertThat(summary.digest()).hasSize(64);
    }

    @Test
    void acceptsQuotedFieldsCrlfAndAMissingFinalNewline() {
        var summary = read(HEADER.replace("\n", "\r\n") + "서울특별시,종로구,11110,\"두류1,2동\",1111051500,x투,5,3");
        assertThat(summary.errors()).isEmpty();
        assertThat(rows.getFirst().row().emdName()).isEqualTo("두류1,2동");
    }

    @Test
    void listsEveryErrorWithLineAndColumn() {
        var summary = read(HEADER + ROW1
                + "서울특별시,종로구,1111,청운효자동,1111051500,a,10,5\n"
                + "서울특별시,종로구,11110,청운효자동,1111051500,b,ten,-1\n"
                + "서울특별시,종로구,11110,청운효자동,1111051500,c,5,6\n"
                + ROW1
                + "서울특별시,종로구,11110,청운효자동,1111051500\n");
        assertThat(summary.valid()).isFalse();
        assertThat(summary.errors()).extracting(LineError::line, LineError::column).contains(
                org.assertj.core.groups.Tuple.tuple(3L, "sgg_code"),
                org.assertj.core.groups.Tuple.tuple(4L, "electors"),
                org.assertj.core.groups.Tuple.tuple(4L, "election_day_voters"),
                org.assertj.core.groups.Tuple.tuple(5L, "election_day_voters"),
                org.assertj.core.groups.Tuple.tuple(6L, "precinct_name"),
                org.assertj.core.groups.Tuple.tuple(7L, null));
        assertThat(rows).as("rows after the first error are not handed on").hasSize(1);
    }

    @Test
    void reportsMissingAndExtraColumns() {
        var missing = read(HEADER.replace(",election_day_voters", "") + ROW1);
        assertThat(missing.errors()).extracting(LineError::column).containsExactly("election_day_voters");
        var extra = read(HEADER.replace("\n", ",note\n") + ROW1);
        assertThat(extra.errors()).extracting(LineError::column).containsExactly("note");
    }

    @Test
    void acceptsColumnsInAnyOrder() {
        var summary = read("emd_code,sido_name,sgg_name,sgg_code,emd_name,precinct_name,election_day_voters,electors\n"
                + "1111051500,서울특별시,종로구,11110,청운효자동,청운효자동제1투,1170,1925\n");
        assertThat(summary.errors()).isEmpty();
        assertThat(rows.getFirst().row().electors()).isEqualTo(1925);
        assertThat(rows.getFirst().row().emdCode()).isEqualTo("1111051500");
    }

    @Test
    void refusesAColumnGivenTwice() {
        var summary = read(HEADER.replace("\n", ",electors\n") + ROW1);
        assertThat(summary.errors()).extracting(LineError::message).contains("column given twice");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] cp949 = (HEADER + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170\n")
                .getBytes(java.nio.charset.Charset.forName("MS949"));
        var summary = read(cp949);
        assertThat(summary.errors()).extracting(LineError::line).containsExactly(2L);
        assertThat(summary.errors().getFirst().message()).contains("UTF-8");
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileAreErrors() {
        assertThat(read(new byte[0]).errors()).extracting(LineError::message).containsExactly("the file is empty");
        assertThat(read(HEADER).valid()).isFalse();
    }

    @Test
    void aCodeMustKeepItsNameThroughoutTheFile() {
        var summary = read(HEADER + ROW1 + "서울특별시,종로구,11110,사직동,1111051500,사직동제1투,1,1\n");
        assertThat(summary.errors()).extracting(LineError::line, LineError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "emd_name"));
    }

    @Test
    void unknownEmdCodesAreErrorsWhenADivisionTableIsKnown() {
        var summary = PrecinctFile.read(new ByteArrayInputStream((HEADER + ROW1).getBytes(StandardCharsets.UTF_8)),
                code -> false, rows::add);
        assertThat(summary.errors()).extracting(LineError::column).containsExactly("emd_code");
    }
}
