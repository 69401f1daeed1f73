package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Authorized ceilings as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableCeilingsValue.class)
@JsonDeserialize(as = ImmutableCeilingsValue.class)
public interface CeilingsValue {

    /**
     * Returns the military ceiling.
     *
     * @return the ceiling, or null
     */
    @Nullable
    Integer military();

    /**
     * Returns the police ceiling.
     *
     * @return the ceiling, or null
     */
    @Nullable
    Integer police();

    /**
     * Returns the civilian ceiling.
     *
     * @return the ceiling, or null
     */
    @Nullable
    Integer civilian();
}
