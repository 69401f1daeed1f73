package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The common part of the module's serializers: each writes its type with the generator directly, in
 * the order of the wire format. Polymorphic type handling is refused by Jackson's default, as the wire
 * format has no type ids.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type written
 */
abstract class PeacekeepingSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    PeacekeepingSerializer(Class<?> type) {
        super((Class<T>) type);
    }

    @Override
    public final void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write(value, g);
    }

    abstract void write(T value, JsonGenerator g) throws IOException;
}
