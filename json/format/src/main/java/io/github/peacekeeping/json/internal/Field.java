package io.github.peacekeeping.json.internal;

import java.io.IOException;

/**
 * One field of an object of the wire format: its name, whether it is required, how its value reaches
 * the object's builder and how it is read from the model. {@link WireObject.Builder} declares fields;
 * the subclasses hold one value ({@link ValueField}), an {@code int} ({@link IntField}), a
 * {@code boolean} ({@link BoolField}) or an array ({@link ListField}).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the type of the object
 * @param <B> the type of its builder
 */
abstract class Field<T, B> {

    final String name;
    final Symbol symbol;
    final boolean required;

    Field(String name, boolean required) {
        this.name = name;
        this.symbol = Symbol.of(name);
        this.required = required;
    }

    /**
     * Reads the field's value, null included, into the builder; the current token is the value's first.
     *
     * @throws IOException if the input fails
     * @throws ReadFailure if the value is invalid
     */
    abstract void read(TokenReader in, B builder, Reading reading) throws IOException;

    /**
     * Writes the field's name and value, if the object has a value to write.
     *
     * @throws IOException if the output fails
     * @throws WriteFailure if the format cannot hold the value
     */
    abstract void write(T object, TokenWriter out) throws IOException;

    /** Refuses null for a required field; tells whether the value is null. */
    final boolean isNull(TokenReader in) {
        if (in.current() != Token.NULL) {
            return false;
        }
        if (required) {
            throw Problems.nullValue(in, name);
        }
        return true;
    }
}
