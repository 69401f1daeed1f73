package io.github.peacekeeping.json.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads JSON Lines, one record a line, one record at a time, for the record readers of both bindings:
 * a record that does not start on a new line, or that spans several lines, is an error. Blank lines are
 * skipped. The values are read by a description ({@link Format#CONTRIBUTION_RECORD},
 * {@link Format#MISSION_PROFILE}, and any other record type the format gains).
 *
 * <p>This class is not thread-safe: like any reader, one thread uses it at a time.
 *
 * @param <T> the type of the records
 */
public final class RecordLines<T> implements RecordSource<T> {

    private final Value<T> value;
    private final TokenReader in;
    private final Reading reading;
    private final Closeable input;
    /** The line of the last record read, 0 before the first. */
    private int line;

    /**
     * Starts reading records.
     *
     * @param value    the records' description, not null
     * @param in       the reader, before the first token, not null
     * @param reading  the state of the reading, not null
     * @param input    what {@link #close()} closes: the parser of the tokens, not null
     */
    public RecordLines(Value<T> value, TokenReader in, Reading reading, Closeable input) {
        this.value = value;
        this.in = in;
        this.reading = reading;
        this.input = input;
    }

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end of the input
     * @throws IOException if the input fails
     * @throws ReadFailure if the next line is not a valid record, or records are not one a line
     */
    @Override
    public T read() throws IOException {
        reading.reset();
        if (in.next() == null) {
            return null;
        }
        long start = in.position();
        int startLine = Positions.line(start);
        if (startLine > 0 && startLine <= line) {
            throw Problems.layout("Expected a line break before the next record", start);
        }
        T record = value.readValue(in, reading);
        int endLine = Positions.line(in.position());
        if (endLine != startLine) {
            throw Problems.layout("Record spans lines " + startLine + " to " + endLine
                    + " (JSON Lines hold one record a line)", start);
        }
        line = startLine;
        return record;
    }

    /**
     * Returns the line of the last record read.
     *
     * @return the line, from 1; 0 before the first record
     */
    @Override
    public int lineNumber() {
        return line;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
