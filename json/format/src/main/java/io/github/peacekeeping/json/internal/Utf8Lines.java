package io.github.peacekeeping.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads JSON Lines of UTF-8 bytes (the record readers' streams and files) with the library's own parser,
 * line by line in a buffer of constant size, and with the binding's parser from the first line that it
 * gives up on. Each line is read by {@link Utf8Parser} as {@link RecordLines} reads it through a binding:
 * one record or nothing but whitespace. A line that the parser does not read exactly as Jackson does
 * (malformed JSON, a limit reached, unusual UTF-8, a record that does not end on its line, a carriage
 * return alone, which Jackson counts as a line break), a record that the readers refuse, and a line
 * longer than {@value #MAX_LINE} bytes hand the input over to the binding's parser, from the start of that
 * line to the end: it reads the line again, and reports the error with its own message and position (its
 * line numbers count the lines read before), or reads the records that follow. Records, errors and line
 * numbers are therefore those of the binding's parser alone.
 *
 * <p>This class is not thread-safe: like any reader, one thread uses it at a time.
 *
 * @param <T> the type of the records
 */
public final class Utf8Lines<T> implements RecordSource<T> {

    /** The longest line read by the library's parser. */
    public static final int MAX_LINE = 1 << 20;
    private static final int BUFFER = 1 << 16;

    /**
     * The binding's reading of records, from a stream of the rest of the input.
     *
     * @param <T>  the type of the records
     */
    @FunctionalInterface
    public interface BindingLines<T> {

        /**
         * Opens the binding's reading of records.
         *
         * @param utf8  the input from the start of a line, after as many line breaks as lines before it
         * @return the records, not null
         * @throws IOException if the input fails
         */
        RecordSource<T> open(InputStream utf8) throws IOException;
    }

    private final Value<T> value;
    private final InputStream in;
    private final Reading reading;
    private final BindingLines<T> binding;
    private final Utf8Parser parser = new Utf8Parser();
    private byte[] buf = new byte[BUFFER];
    /** The start of the current line in {@link #buf}, and the end of the bytes read into it. */
    private int start;
    private int end;
    private boolean ended;
    /** The number of lines before the current one. */
    private int lines;
    private int lineNumber;
    /** The binding's reading, once the input is handed over to it. */
    private RecordSource<T> handedOver;

    /**
     * Starts reading records.
     *
     * @param value    the records' description, not null
     * @param utf8     the input, in UTF-8; closed by {@link #close()}
     * @param strict   whether unknown fields are refused
     * @param binding  the binding's reading of the same input, not null
     */
    public Utf8Lines(Value<T> value, InputStream utf8, boolean strict, BindingLines<T> binding) {
        this.value = value;
        this.in = utf8;
        this.reading = new Reading(strict, null);
        this.binding = binding;
    }

    @Override
    public T read() throws IOException {
        if (handedOver != null) {
            return handedOver.read();
        }
        for (;;) {
            if (start == end) {
                if (ended) {
                    return null;
                }
                if (!fill()) {
                    return handOver();
                }
                continue;
            }
            // The record is read from the bytes at hand; a line that they cut is read again after more.
            try {
                parser.reset(buf, lines == 0 && Utf8Parser.startsWithByteOrderMark(buf, start, end) ? start + 3 : start,
                        end);
                reading.reset();
                if (parser.next() == null) {
                    // Blank lines to the end of the bytes at hand.
                    if (ended) {
                        return null;
                    }
                } else {
                    int line = Positions.line(parser.position());
                    T record = value.readValue(parser, reading);
                    int lineEnd = parser.restOfLine();
                    if (lineEnd < 0 || Positions.line(parser.location()) != line) {
                        // More on the line, or a carriage return alone (a line break to Jackson) within it.
                        throw Utf8Parser.UNREADABLE;
                    }
                    if (lineEnd < end || ended) {
                        lines += line;
                        lineNumber = lines;
                        start = Math.min(lineEnd + 1, end);
                        return record;
                    }
                }
            } catch (ReadFailure | Utf8Parser.Unreadable e) {
                // Where the line of the token read last has ended, it is the line that the parser gave up on.
                if (ended || hasLineFeed(parser.tokenIndex())) {
                    return handOver();
                }
            }
            if (!fill()) {
                return handOver();
            }
        }
    }

    private boolean hasLineFeed(int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads more of the input after the bytes at hand, from the current line: moves them to the start of
     * the buffer, or makes it larger.
     *
     * @return false if the current line would be longer than {@link #MAX_LINE}
     */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        } else if (end == buf.length) {
            if (end > MAX_LINE) {
                return false;
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE + 1));
        }
        int count = in.read(buf, end, buf.length - end);
        if (count < 0) {
            ended = true;
        } else {
            end += count;
        }
        return true;
    }

    /** Gives the rest of the input, from the current line, to the binding, and reads its next record. */
    private T handOver() throws IOException {
        handedOver = binding.open(new SequenceInputStream(Collections.enumeration(List.of(
                new LineBreaks(lines), new ByteArrayInputStream(buf, start, end - start), in))));
        return handedOver.read();
    }

    @Override
    public int lineNumber() {
        return handedOver == null || handedOver.lineNumber() == 0 ? lineNumber : handedOver.lineNumber();
    }

    @Override
    public void close() throws IOException {
        try {
            if (handedOver != null) {
                handedOver.close();
            }
        } finally {
            in.close();
        }
    }

    /** Line feeds, made as they are read: the lines before the binding's first, for its line numbers. */
    private static final class LineBreaks extends InputStream {

        private int left;

        LineBreaks(int count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return '\n';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int count = Math.min(len, left);
            Arrays.fill(b, off, off + count, (byte) '\n');
            left -= count;
            return count;
        }
    }
}
