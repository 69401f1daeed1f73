package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A value kind named before it is declared, for an object that holds itself: a force's {@code ledBy}
 * holds actors, and an actor may be a force. The declaration is looked up when a value is read or
 * written, by which time {@link Format} is initialized. This class is immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
final class Deferred<V> extends Value<V> {

    private final Supplier<Value<V>> declared;

    /**
     * @param declared  gives the declaration, once {@link Format} is initialized, not null
     */
    Deferred(Supplier<Value<V>> declared) {
        this.declared = declared;
    }

    @Override
    V read(TokenReader in, String field, Reading reading) throws IOException {
        return declared.get().read(in, field, reading);
    }

    @Override
    void write(V value, TokenWriter out) throws IOException {
        declared.get().write(value, out);
    }
}
