package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines read by the library's own parser, line by line in a buffer of constant size, and handed over
 * to the binding from the first line it does not read: with the lines before it as line breaks, so that
 * the binding numbers the lines as if it had read them all. The records here are strings, one a line.
 */
class Utf8LinesTest {

    /** A binding that records what it was given and reads it as records of its own: the text of each line. */
    private static final class Binding implements Utf8Lines.BindingLines<String> {

        byte[] given;
        boolean closed;

        @Override
        public RecordSource<String> open(InputStream utf8) throws IOException {
            given = utf8.readAllBytes();
            String[] lines = new String(given, StandardCharsets.UTF_8).split("\n", -1);
            return new RecordSource<>() {
                private int line;

                @Override
                public String read() {
                    while (line < lines.length && lines[line].isBlank()) {
                        line++;
                    }
                    return line < lines.length ? "binding: " + lines[line++] : null;
                }

                @Override
                public int lineNumber() {
                    return line;
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    private static Utf8Lines<String> lines(String text, Binding binding) {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), binding);
    }

    private static Utf8Lines<String> lines(InputStream in, Binding binding) {
        return new Utf8Lines<>(TextValue.INSTANCE, in, true, binding);
    }

    /** Every record, each with the line number after it. */
    private static List<String> read(Utf8Lines<String> lines) throws IOException {
        List<String> read = new ArrayList<>();
        for (String record = lines.read(); record != null; record = lines.read()) {
            read.add(record + " @" + lines.lineNumber());
        }
        return read;
    }

    @Test
    void readsOneRecordALineSkippingBlankLines() throws IOException {
        Binding binding = new Binding();
        Utf8Lines<String> lines = lines("\"a\"\n\n  \t\r\n \"b\" \r\n\"c\"", binding);
        assertThat(lines.lineNumber()).isZero();
        assertThat(read(lines)).containsExactly("a @1", "b @4", "c @5");
        assertThat(binding.given).isNull();
    }

    @Test
    void readsLinesThatCrossTheBuffersEnd() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        // Lines of 1 to 97 bytes and some blank ones, over several buffers: some lines cross their ends.
        for (int i = 0; i < 20_000; i++) {
            String value = "é".repeat(i % 47) + i;
            text.append('"').append(value).append("\"\n").append(i % 13 == 0 ? "\n" : "");
            expected.add(value);
        }
        Binding binding = new Binding();
        List<String> read = new ArrayList<>();
        Utf8Lines<String> lines = lines(text.toString(), binding);
        for (String record = lines.read(); record != null; record = lines.read()) {
            read.add(record);
        }
        assertThat(read).isEqualTo(expected);
        assertThat(binding.given).isNull();
    }

    @Test
    void readsAStreamThatDeliversFewBytesAtATime() throws IOException {
        byte[] bytes = "\"un\"\n\"deux\"\n\n\"trois\"\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        Binding binding = new Binding();
        assertThat(read(lines(trickle, binding))).containsExactly("un @1", "deux @2", "trois @4");
        assertThat(binding.given).isNull();
    }

    @Test
    void handsTheRestOverFromTheFirstLineItDoesNotReadWithTheLinesBeforeAsLineBreaks() throws IOException {
        for (String line : new String[] {"\"open", "\"x\" \"y\"", "\"x\"\r\"y\"", "17", "\"\\ud800\"", "'x'"}) {
            Binding binding = new Binding();
            Utf8Lines<String> lines = lines("\"a\"\n\n\"b\"\n\n" + line + "\n\"c\"\n", binding);
            assertThat(read(lines)).as(line).containsExactly("a @1", "b @3", "binding: " + line + " @5",
                    "binding: \"c\" @6");
            assertThat(new String(binding.given, StandardCharsets.UTF_8)).as(line)
                    .isEqualTo("\n\n\n" + "\n" + line + "\n\"c\"\n");
        }
    }

    @Test
    void handsOverALineLongerThanItReads() throws IOException {
        String longLine = " ".repeat(Utf8Lines.MAX_LINE) + "\"far\"";
        Binding binding = new Binding();
        assertThat(read(lines("\"near\"\n" + longLine + "\n", binding)))
                .containsExactly("near @1", "binding: " + longLine + " @2");
        assertThat(binding.given).hasSize(1 + longLine.length() + 1);
    }

    @Test
    void leavesOutAByteOrderMarkAtTheStartOnly() throws IOException {
        Binding binding = new Binding();
        assertThat(read(lines("\ufeff\"a\"\n\"b\"\n", binding))).containsExactly("a @1", "b @2");
        assertThat(binding.given).isNull();
        assertThat(read(lines("\"a\"\n\ufeff\"b\"\n", binding))).containsExactly("a @1", "binding: \ufeff\"b\" @2");
    }

    @Test
    void closesTheInputAndWhatItHandedOver() throws IOException {
        boolean[] closed = new boolean[1];
        InputStream in = new ByteArrayInputStream("\"a\"\n[".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Binding binding = new Binding();
        Utf8Lines<String> lines = lines(in, binding);
        assertThat(read(lines)).containsExactly("a @1", "binding: [ @2");
        lines.close();
        assertThat(closed[0]).isTrue();
        assertThat(binding.closed).isTrue();
    }
}
