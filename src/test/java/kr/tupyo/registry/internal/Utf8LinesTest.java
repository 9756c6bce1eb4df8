package kr.tupyo.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

    @Test
    void splitsOnLfAndCrlfDropsTheByteOrderMarkAndKeepsALastLineWithoutNewline() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(read(concat(bom, "rrn,name\r\n홍길동\n\nlast".getBytes(StandardCharsets.UTF_8)), 3))
                .containsExactly("1:rrn,name", "2:홍길동", "3:", "4:last");
        assertThat(read(new byte[0], 5)).isEmpty();
        assertThat(read("only\n".getBytes(StandardCharsets.UTF_8), 1)).containsExactly("1:only");
    }

    @Test
    void linesCrossingReadsAndLinesLongerThanTheBufferAreWhole() throws IOException {
        String longLine = "가".repeat(100_000);
        byte[] file = ("a\n" + longLine + "\nb\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(file, 7)).containsExactly("1:a", "2:" + longLine, "3:b");
        assertThat(read(file, 1 << 20)).containsExactly("1:a", "2:" + longLine, "3:b");
    }

    @Test
    void aLineInAnotherEncodingIsReportedWithItsNumberAndTheNextLinesStillRead() throws IOException {
        byte[] cp949 = {(byte) 0xC8, (byte) 0xAB, (byte) 0xB1, (byte) 0xE6, (byte) 0xB5, (byte) 0xBF}; // 홍길동 in CP949
        byte[] file = concat("ok\n".getBytes(StandardCharsets.UTF_8), cp949, "\nafter\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(file, 2)).containsExactly("1:ok", "2:null", "3:after");
    }

    /** Reads with an input stream that hands out at most {@code step} bytes per read, like a slow upload. */
    private static List<String> read(byte[] file, int step) throws IOException {
        InputStream trickle = new ByteArrayInputStream(file) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
        List<String> lines = new ArrayList<>();
        try (Utf8Lines reader = new Utf8Lines(trickle)) {
            for (Utf8Lines.Line line; (line = reader.next()) != null; ) {
                lines.add(line.number() + ":" + line.text());
            }
        }
        return lines;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
