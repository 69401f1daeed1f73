package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A field that holds {@code true} or {@code false}: required, or optional with a default, which null
 * and absence both mean and which is not written. This class is immutable and thread-safe.
 *
 * @param <T> the type of the object
 * @param <B> the type of its builder
 */
final class BoolField<T, B> extends Field<T, B> {

    private final BiConsumer<B, Boolean> set;
    private final Predicate<T> get;
    /** The value left out when writing an optional field. */
    private final boolean absent;

    private BoolField(String name, boolean required, BiConsumer<B, Boolean> set, Predicate<T> get, boolean absent) {
        super(name, required);
        this.set = set;
        this.get = get;
        this.absent = absent;
    }

    static <T, B> BoolField<T, B> required(String name, BiConsumer<B, Boolean> set, Predicate<T> get) {
        return new BoolField<>(name, true, set, get, false);
    }

    static <T, B> BoolField<T, B> optional(String name, boolean absent, BiConsumer<B, Boolean> set,
            Predicate<T> get) {
        return new BoolField<>(name, false, set, get, absent);
    }

    @Override
    void read(TokenReader in, B builder, Reading reading) throws IOException {
        if (isNull(in)) {
            return;
        }
        Token token = in.current();
        if (token != Token.TRUE && token != Token.FALSE) {
            throw Problems.invalid(in, name, "expected true or false", List.of());
        }
        set.accept(builder, token == Token.TRUE);
    }

    @Override
    void write(T object, TokenWriter out) throws IOException {
        boolean value = get.test(object);
        if (required || value != absent) {
            out.name(symbol);
            out.bool(value);
        }
    }
}
