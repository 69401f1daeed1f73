package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A component as an Immutables value type, discriminated by its {@code type} property as in the wire
 * format (which writes it first, so databind reads it without buffering). The subtypes are the generated
 * classes, which databind then both reads and names when writing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableMilitaryComponentValue.class, name = "military"),
    @JsonSubTypes.Type(value = ImmutablePoliceComponentValue.class, name = "police"),
    @JsonSubTypes.Type(value = ImmutableCivilianComponentValue.class, name = "civilian")
})
public interface ComponentValue {
}
