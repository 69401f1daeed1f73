package io.github.peacekeeping.json.internal;

import java.io.IOException;

/**
 * A sink of JSON tokens, as a binding's generator takes them: what the writers of the format need and
 * nothing more, so that the same writers serve Jackson 2 and Jackson 3. Field names and constants come
 * as {@link Symbol}s, which a binding encodes once, by {@link Symbol#id()}.
 *
 * <p>The writers check every value before they hand it over ({@link WriteChecks}): an implementation
 * only writes.
 */
public interface TokenWriter {

    /**
     * Writes {@code {}}.
     *
     * @throws IOException if the output fails
     */
    void startObject() throws IOException;

    /**
     * Writes {@code }}.
     *
     * @throws IOException if the output fails
     */
    void endObject() throws IOException;

    /**
     * Writes {@code [}.
     *
     * @param size  the number of elements that follow
     * @throws IOException if the output fails
     */
    void startArray(int size) throws IOException;

    /**
     * Writes {@code ]}.
     *
     * @throws IOException if the output fails
     */
    void endArray() throws IOException;

    /**
     * Writes a field name.
     *
     * @param name  the name, not null
     * @throws IOException if the output fails
     */
    void name(Symbol name) throws IOException;

    /**
     * Writes a string known in advance: an enum constant, a component type, a country code.
     *
     * @param value  the value, not null
     * @throws IOException if the output fails
     */
    void symbol(Symbol value) throws IOException;

    /**
     * Writes a string.
     *
     * @param value  the value, not null
     * @throws IOException if the output fails
     */
    void string(String value) throws IOException;

    /**
     * Writes a string from a buffer.
     *
     * @param text    the buffer, not null
     * @param offset  where the string starts
     * @param length  its length
     * @throws IOException if the output fails
     */
    void string(char[] text, int offset, int length) throws IOException;

    /**
     * Writes a string of ASCII characters that JSON holds as they are, with no quotation mark, backslash or
     * control character (a date composed in {@link #buffer()}), as {@link #string(char[], int, int)} does: a
     * writer of bytes copies them without looking at each.
     *
     * @param text    the buffer, not null
     * @param offset  where the string starts
     * @param length  its length
     * @throws IOException if the output fails
     */
    default void plainString(char[] text, int offset, int length) throws IOException {
        string(text, offset, length);
    }

    /**
     * Writes a number.
     *
     * @param value  the value
     * @throws IOException if the output fails
     */
    void number(int value) throws IOException;

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value  the value
     * @throws IOException if the output fails
     */
    void bool(boolean value) throws IOException;

    /**
     * Returns this writer's buffer of at least {@value #BUFFER} characters, for a value that is composed
     * before it is written with {@link #string(char[], int, int)} (a date): no array per value.
     *
     * @return the buffer, the same at each call; its content is the caller's until it calls again
     */
    char[] buffer();

    /** The length of {@link #buffer()}. */
    int BUFFER = 16;
}
