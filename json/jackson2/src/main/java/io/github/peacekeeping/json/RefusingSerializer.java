package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Refuses to write a class of the model that the wire format does not hold, before writing anything,
 * instead of writing it as a bean that would lose its data. This class is immutable and thread-safe.
 */
final class RefusingSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    private final String refusal;

    @SuppressWarnings("unchecked")
    RefusingSerializer(Class<?> type, String refusal) {
        super((Class<Object>) type);
        this.refusal = refusal;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
        provider.reportBadDefinition(handledType(), refusal);
    }
}
