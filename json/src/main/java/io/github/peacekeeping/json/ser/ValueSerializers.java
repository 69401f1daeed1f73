package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.IOException;

/** The serializers of the wire format's single values: country codes and the constants of the enums. */
final class ValueSerializers {

    private ValueSerializers() {
    }

    /** Writes a {@link CountryCode} as its three letters. This class is immutable and thread-safe. */
    static final class CountryCodeSerializer extends PeacekeepingSerializer<CountryCode> {

        private static final long serialVersionUID = 1L;

        CountryCodeSerializer() {
            super(CountryCode.class);
        }

        @Override
        void write(CountryCode country, JsonGenerator g) throws IOException {
            Out.country(g, country);
        }
    }

    /**
     * Writes an enum constant by its name. This class is immutable and thread-safe.
     *
     * @param <E> the enum
     */
    static final class EnumSerializer<E extends Enum<E>> extends PeacekeepingSerializer<E> {

        private static final long serialVersionUID = 1L;

        private final transient SerializableString[] names;

        EnumSerializer(Class<E> type) {
            super(type);
            this.names = Out.constants(type);
        }

        @Override
        void write(E value, JsonGenerator g) throws IOException {
            g.writeString(names[value.ordinal()]);
        }
    }

    /** Writes a {@link PersonnelCategory} by its name. This class is immutable and thread-safe. */
    static final class CategorySerializer extends PeacekeepingSerializer<PersonnelCategory> {

        private static final long serialVersionUID = 1L;

        CategorySerializer() {
            super(PersonnelCategory.class);
        }

        @Override
        void write(PersonnelCategory category, JsonGenerator g) throws IOException {
            g.writeString(DeploymentSerializer.category(category));
        }
    }

    /** Writes a {@link ComponentType} by its name in the wire format. This class is immutable and thread-safe. */
    static final class ComponentTypeSerializer extends PeacekeepingSerializer<ComponentType> {

        private static final long serialVersionUID = 1L;
        private static final SerializableString[] TYPES = new SerializableString[ComponentType.values().length];

        static {
            for (ComponentType type : ComponentType.values()) {
                TYPES[type.ordinal()] = new SerializedString(type.typeName());
            }
        }

        ComponentTypeSerializer() {
            super(ComponentType.class);
        }

        @Override
        void write(ComponentType type, JsonGenerator g) throws IOException {
            g.writeString(TYPES[type.ordinal()]);
        }
    }
}
