package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.CompiledJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A component as a plain record, discriminated by its {@code type} property as in the wire format
 * (which writes it first, so databind reads it without buffering).
 */
@CompiledJson(discriminator = "type")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MilitaryComponentRecord.class, name = "military"),
    @JsonSubTypes.Type(value = PoliceComponentRecord.class, name = "police"),
    @JsonSubTypes.Type(value = CivilianComponentRecord.class, name = "civilian")
})
public sealed interface ComponentRecord
        permits MilitaryComponentRecord, PoliceComponentRecord, CivilianComponentRecord {
}
