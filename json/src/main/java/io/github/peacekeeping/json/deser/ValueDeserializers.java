package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.CountryCode;
import java.io.IOException;

/** The deserializers of the wire format's single values: country codes and the constants of the enums. */
final class ValueDeserializers {

    private ValueDeserializers() {
    }

    /** Reads a {@link CountryCode} from its three letters. This class is immutable and thread-safe. */
    static final class CountryCodeDeserializer extends PeacekeepingDeserializer<CountryCode> {

        private static final long serialVersionUID = 1L;

        CountryCodeDeserializer() {
            super(CountryCode.class, LogicalType.Textual);
        }

        @Override
        CountryCode read(JsonParser p, boolean strict, String field) throws IOException {
            return Tokens.country(p, field);
        }
    }

    /**
     * Reads a constant by its name in the wire format. This class is immutable and thread-safe.
     *
     * @param <E> the type of the constants
     */
    static final class ConstantDeserializer<E> extends PeacekeepingDeserializer<E> {

        private static final long serialVersionUID = 1L;

        private final transient Names<E> names;

        ConstantDeserializer(Class<E> type, Names<E> names) {
            super(type, LogicalType.Enum);
            this.names = names;
        }

        @Override
        E read(JsonParser p, boolean strict, String field) throws IOException {
            return names.read(p, field);
        }
    }
}
