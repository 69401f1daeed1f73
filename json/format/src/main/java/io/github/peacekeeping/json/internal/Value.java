package io.github.peacekeeping.json.internal;

import java.io.IOException;

/**
 * How one kind of value is read from tokens and written to them: text, dates, country codes, the
 * constants of an enum, an object, a union of objects, or text that a model type parses. A field of
 * the description ({@link Field}) names a value kind; arrays hold values of one kind.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
public abstract class Value<V> {

    Value() {
    }

    /**
     * Reads a value whose first token is the reader's current token (null included, which is an
     * error of the value: {@link Problems#invalid} words it as a missing value or a null element).
     *
     * @param in       the reader, not null
     * @param field    the field holding the value, for errors; null at the root
     * @param reading  the state of this reading, not null
     * @return the value, not null
     * @throws IOException if the input fails
     * @throws ReadFailure if the tokens do not hold a valid value
     */
    abstract V read(TokenReader in, String field, Reading reading) throws IOException;

    /**
     * Checks a value, then writes it.
     *
     * @param value  the value, not null
     * @param out    the writer, not null
     * @throws IOException if the output fails
     * @throws WriteFailure if the format cannot hold the value
     */
    abstract void write(V value, TokenWriter out) throws IOException;

    /**
     * Reads a whole value as a document, or as the root value that a mapper asks for.
     *
     * @param in       the reader, on the value's first token, not null
     * @param reading  the state of this reading, not null
     * @return the value, not null
     * @throws IOException if the input fails
     * @throws ReadFailure if the tokens do not hold a valid value
     */
    public final V readValue(TokenReader in, Reading reading) throws IOException {
        return read(in, in.depth() > 0 && !in.inArray(in.depth()) ? in.name(in.depth()) : null, reading);
    }

    /**
     * Checks a whole value and writes it.
     *
     * @param value  the value, not null
     * @param out    the writer, not null
     * @throws IOException if the output fails
     * @throws io.github.peacekeeping.core.PeacekeepingException if the format cannot hold a part of it
     *         (the message names its path)
     */
    public final void writeValue(V value, TokenWriter out) throws IOException {
        try {
            write(value, out);
        } catch (WriteFailure e) {
            throw e.refusal();
        }
    }
}
