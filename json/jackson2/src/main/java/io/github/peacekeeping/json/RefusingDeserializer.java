package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Refuses to read a class of the model that the wire format does not hold, with a message that says
 * so, instead of failing obscurely. This class is immutable and thread-safe.
 */
final class RefusingDeserializer extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final String refusal;

    RefusingDeserializer(Class<?> type, String refusal) {
        super(type);
        this.refusal = refusal;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), refusal);
    }
}
