package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A field that holds one value of a {@link Value} kind, required or optional: an optional field's value
 * is written when present, and null reads as absent. This class is immutable and thread-safe.
 *
 * @param <T> the type of the object
 * @param <B> the type of its builder
 * @param <V> the type of the value
 */
final class ValueField<T, B, V> extends Field<T, B> {

    private final Value<V> value;
    private final BiConsumer<B, V> set;
    /** The value; for an optional field, null when absent. */
    private final Function<T, V> get;

    private ValueField(String name, boolean required, Value<V> value, BiConsumer<B, V> set, Function<T, V> get) {
        super(name, required);
        this.value = value;
        this.set = set;
        this.get = get;
    }

    static <T, B, V> ValueField<T, B, V> required(String name, Value<V> value, BiConsumer<B, V> set,
            Function<T, V> get) {
        return new ValueField<>(name, true, value, set, get);
    }

    static <T, B, V> ValueField<T, B, V> optional(String name, Value<V> value, BiConsumer<B, V> set,
            Function<T, V> getOrNull) {
        return new ValueField<>(name, false, value, set, getOrNull);
    }

    @Override
    void read(TokenReader in, B builder, Reading reading) throws IOException {
        if (!isNull(in)) {
            set.accept(builder, value.read(in, name, reading));
        }
    }

    @Override
    void write(T object, TokenWriter out) throws IOException {
        V v = get.apply(object);
        if (v == null) {
            // Absent: the model never holds null for a required field.
            return;
        }
        out.name(symbol);
        value.write(v, out);
    }
}
