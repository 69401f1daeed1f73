package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Refuses to write a class of the model that the wire format does not hold, before writing anything,
 * instead of writing it as a bean that would lose its data. This class is immutable and thread-safe.
 */
final class RefusingSerializer extends StdSerializer<Object> {

    private final String refusal;

    @SuppressWarnings("unchecked")
    RefusingSerializer(Class<?> type, String refusal) {
        super((Class<Object>) type);
        this.refusal = refusal;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext provider) throws JacksonException {
        provider.reportBadDefinition(handledType(), refusal);
    }
}
