package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.LinkedNode;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.json.internal.Format;
import io.github.peacekeeping.json.internal.ReadFailure;
import io.github.peacekeeping.json.internal.Reading;
import io.github.peacekeeping.json.internal.Value;
import java.io.IOException;

/**
 * Reads one type of the model for an {@code ObjectMapper}, by its description in the format: the same
 * reading as {@link PeacekeepingJson}'s. Unknown fields fail unless
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled, after the mapper's
 * {@link DeserializationProblemHandler}s have had them. Polymorphic type handling is refused: the wire
 * format has no type ids, and nothing is ever looked up by class name. A deployment declared as
 * {@code Deployment<MilitaryCategory>} or {@code Deployment<PoliceCategory>} reads those categories only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {

    private final Value<T> value;
    private final LogicalType logicalType;

    FormatDeserializer(Class<?> type, Value<T> value, LogicalType logicalType) {
        super(type);
        this.value = value;
        this.logicalType = logicalType;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        ParserTokens in = new ParserTokens(p);
        Reading reading = new Reading(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                problemHandlers(ctxt, p));
        try {
            return value.readValue(in, reading);
        } catch (ReadFailure e) {
            throw PeacekeepingJsonException.from(e);
        } catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
    }

    /** The mapper's problem handlers, asked about unknown fields as a bean deserializer asks them. */
    private Reading.UnknownFieldHandler problemHandlers(DeserializationContext ctxt, JsonParser p) {
        LinkedNode<DeserializationProblemHandler> handlers = ctxt.getConfig().getProblemHandlers();
        if (handlers == null) {
            return null;
        }
        return (in, type, field) -> {
            for (LinkedNode<DeserializationProblemHandler> h = handlers; h != null; h = h.next()) {
                if (h.value().handleUnknownProperty(ctxt, p, this, type, field)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType type = ctxt.getContextualType();
        if (type != null && type.containedTypeCount() == 1 && value == Format.DEPLOYMENT) {
            Class<?> category = type.containedType(0).getRawClass();
            if (category == MilitaryCategory.class) {
                return new FormatDeserializer<>(handledType(), Format.MILITARY_DEPLOYMENT, logicalType);
            }
            if (category == PoliceCategory.class) {
                return new FormatDeserializer<>(handledType(), Format.POLICE_DEPLOYMENT, logicalType);
            }
        }
        return this;
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws JacksonException {
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
