package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import io.github.peacekeeping.json.internal.Symbol;
import io.github.peacekeeping.json.internal.TokenWriter;
import java.io.IOException;

/**
 * Jackson 3's generator as the format's {@link TokenWriter}; names and constants are encoded once. A
 * failure of the output, which Jackson 3 wraps, is thrown as the {@link IOException} it is.
 *
 * <p>This class is not thread-safe, like the generator it writes to.
 */
final class GeneratorTokens implements TokenWriter {

    private final char[] buffer = new char[BUFFER];

    /** The encoded symbols, by id; the parser matches names against them too. */
    static final SerializableString[] SYMBOLS = Symbol.encodeAll(SerializedString::new,
            SerializableString[]::new);

    private final JsonGenerator generator;

    GeneratorTokens(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject() throws IOException {
        try {
            generator.writeStartObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void endObject() throws IOException {
        try {
            generator.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void startArray(int size) throws IOException {
        try {
            generator.writeStartArray(null, size);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void endArray() throws IOException {
        try {
            generator.writeEndArray();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void name(Symbol name) throws IOException {
        try {
            generator.writeName(SYMBOLS[name.id()]);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void symbol(Symbol value) throws IOException {
        try {
            generator.writeString(SYMBOLS[value.id()]);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void string(String value) throws IOException {
        try {
            generator.writeString(value);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void string(char[] text, int offset, int length) throws IOException {
        try {
            generator.writeString(text, offset, length);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void number(int value) throws IOException {
        try {
            generator.writeNumber(value);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void bool(boolean value) throws IOException {
        try {
            generator.writeBoolean(value);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public char[] buffer() {
        return buffer;
    }
}
