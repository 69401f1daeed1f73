package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.CollectionAnalyzer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The reference's mapper: plain Jackson databind with its default features, the {@link JavaTimeModule}
 * for dates, and the two settings without which it would not write the wire format's text (ISO dates
 * rather than arrays, absent optional fields rather than nulls). It checks no value: no duplicate field,
 * no length or nesting limit, no country code or category, no date order, no count; the library checks
 * all of these on every value it reads. It is the reference as most projects would configure it.
 */
public final class ReferenceMappers {

    private ReferenceMappers() {
    }

    /**
     * Returns a new mapper of the reference.
     *
     * @return the mapper, not null
     */
    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * Returns a new DSL-JSON instance for the records. It reads and writes them with the codecs that
     * DSL-JSON's annotation processor generated at compile time ({@code _MissionRecord_DslJsonConverter},
     * ..., which DSL-JSON finds by their names in the class loader that {@code includeServiceLoader()} gives
     * it) and has only one analyzer at run time, the one that gives {@link java.util.List} a codec over its
     * elements' codec: no type is ever read or written by reflection (a type without a generated codec
     * fails). Values at their default are left out when writing, as the wire format leaves out absent fields,
     * except the numbers and booleans that the format always writes ({@code includeToMinimal = ALWAYS} on the
     * records). Like databind, it checks no value.
     *
     * @return the instance, not null
     */
    public static DslJson<Object> newDslJson() {
        return new DslJson<>(new DslJson.Settings<>()
                .includeServiceLoader()
                .resolveReader(CollectionAnalyzer.READER)
                .resolveWriter(CollectionAnalyzer.WRITER)
                .skipDefaultValues(true));
    }
}
