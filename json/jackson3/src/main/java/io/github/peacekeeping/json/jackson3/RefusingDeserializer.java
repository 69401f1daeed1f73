package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Refuses to read a class of the model that the wire format does not hold, with a message that says
 * so, instead of failing obscurely. This class is immutable and thread-safe.
 */
final class RefusingDeserializer extends StdDeserializer<Object> {

    private final String refusal;

    RefusingDeserializer(Class<?> type, String refusal) {
        super(type);
        this.refusal = refusal;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), refusal);
    }
}
