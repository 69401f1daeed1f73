package io.github.peacekeeping.benchmarks.records;

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
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
