package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The common part of the module's deserializers: each reads its type token by token with the core
 * builders. Unknown fields fail unless {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is
 * disabled; errors of Jackson's parser become the module's exception with their JSON path.
 * Polymorphic type handling is refused: the wire format has no type ids, and nothing is ever looked up
 * by class name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
abstract class PeacekeepingDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final LogicalType logicalType;

    PeacekeepingDeserializer(Class<?> type, LogicalType logicalType) {
        super(type);
        this.logicalType = logicalType;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return read(p, strict, p.currentName());
        } catch (JsonProcessingException e) {
            throw Errors.convert(e, p);
        } catch (CharConversionException e) {
            throw Errors.undecodable(e, p);
        }
    }

    /**
     * Reads a value whose first token is the current token, leaving the parser on its last token.
     *
     * @param p       the parser, not null
     * @param strict  whether unknown fields are refused
     * @param field   the name of the field holding the value, for errors; null at the root or in arrays
     */
    abstract T read(JsonParser p, boolean strict, String field) throws IOException;

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()),
                "Polymorphic type handling is not supported for " + handledType().getSimpleName()
                        + ": the peacekeeping wire format has no type ids");
    }

    @Override
    public LogicalType logicalType() {
        return logicalType;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
