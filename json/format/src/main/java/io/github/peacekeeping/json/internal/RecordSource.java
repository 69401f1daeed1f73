package io.github.peacekeeping.json.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of JSON Lines, one at a time, for the record readers of both bindings: read by the
 * binding's parser ({@link RecordLines}) or by the library's own parser of UTF-8 lines
 * ({@link Utf8Lines}).
 *
 * @param <T> the type of the records
 */
public interface RecordSource<T> extends Closeable {

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end of the input
     * @throws IOException if the input fails
     * @throws ReadFailure if the next line is not a valid record, or records are not one a line
     */
    T read() throws IOException;

    /**
     * Returns the line of the last record read.
     *
     * @return the line, from 1; 0 before the first record
     */
    int lineNumber();
}
