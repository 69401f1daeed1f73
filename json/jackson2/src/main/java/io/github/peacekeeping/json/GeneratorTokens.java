package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.json.internal.Symbol;
import io.github.peacekeeping.json.internal.TokenWriter;
import java.io.IOException;

/**
 * Jackson 2's generator as the format's {@link TokenWriter}; names and constants are encoded once.
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
        generator.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        generator.writeEndObject();
    }

    @Override
    public void startArray(int size) throws IOException {
        generator.writeStartArray(null, size);
    }

    @Override
    public void endArray() throws IOException {
        generator.writeEndArray();
    }

    @Override
    public void name(Symbol name) throws IOException {
        generator.writeFieldName(SYMBOLS[name.id()]);
    }

    @Override
    public void symbol(Symbol value) throws IOException {
        generator.writeString(SYMBOLS[value.id()]);
    }

    @Override
    public void string(String value) throws IOException {
        generator.writeString(value);
    }

    @Override
    public void string(char[] text, int offset, int length) throws IOException {
        generator.writeString(text, offset, length);
    }

    @Override
    public void number(int value) throws IOException {
        generator.writeNumber(value);
    }

    @Override
    public void bool(boolean value) throws IOException {
        generator.writeBoolean(value);
    }

    @Override
    public char[] buffer() {
        return buffer;
    }
}
