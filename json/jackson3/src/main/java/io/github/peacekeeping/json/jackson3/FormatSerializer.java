package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import io.github.peacekeeping.json.internal.Discard;
import io.github.peacekeeping.json.internal.Value;
import java.io.IOException;

/**
 * Writes one type of the model for an {@code ObjectMapper}, by its description in the format. The
 * value is checked whole before any of it is written, so that a value the format cannot hold leaves
 * nothing of itself in the mapper's output. Polymorphic type handling is refused by Jackson's default,
 * as the wire format has no type ids.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type written
 */
final class FormatSerializer<T> extends StdSerializer<T> {

    private final Value<T> value;

    @SuppressWarnings("unchecked")
    FormatSerializer(Class<?> type, Value<? super T> value) {
        super((Class<T>) type);
        this.value = (Value<T>) value;
    }

    @Override
    public void serialize(T object, JsonGenerator g, SerializationContext provider) throws JacksonException {
        try {
            value.writeValue(object, Discard.INSTANCE);
            value.writeValue(object, new GeneratorTokens(g));
        } catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
    }
}
