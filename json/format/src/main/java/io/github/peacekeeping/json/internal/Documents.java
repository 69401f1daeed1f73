package io.github.peacekeeping.json.internal;

import java.io.IOException;

/**
 * Reads and writes whole documents for the facades of both bindings: one value, nothing before it,
 * nothing after it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Reads a document that holds one value: the reader is before the first token, and the input must
     * end after the value.
     *
     * @param <T>      the type of the value
     * @param value    the value's description, not null
     * @param in       the reader, not null
     * @param reading  the state of the reading, not null
     * @return the value, not null
     * @throws IOException if the input fails
     * @throws ReadFailure if the input is not one valid value
     */
    public static <T> T read(Value<T> value, TokenReader in, Reading reading) throws IOException {
        if (in.next() == null) {
            throw Problems.noContent(in);
        }
        T result = value.readValue(in, reading);
        Token after;
        try {
            after = in.next();
        } catch (ReadFailure e) {
            throw Problems.afterDocument(e);
        }
        if (after != null) {
            throw Problems.trailing(in.position(), null);
        }
        return result;
    }
}
