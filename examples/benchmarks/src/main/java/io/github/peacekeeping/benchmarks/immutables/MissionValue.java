package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peacekeeping.core.Region;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A mission document as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableMissionValue.class)
@JsonDeserialize(as = ImmutableMissionValue.class)
public interface MissionValue {

    /**
     * Returns the acronym.
     *
     * @return the acronym
     */
    String acronym();

    /**
     * Returns the full name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the hosts' country codes.
     *
     * @return the codes
     */
    List<String> hosts();

    /**
     * Returns the region.
     *
     * @return the region
     */
    Region region();

    /**
     * Returns the first day.
     *
     * @return the day
     */
    LocalDate established();

    /**
     * Returns the last day.
     *
     * @return the day, or null
     */
    @Nullable
    LocalDate closed();

    /**
     * Returns the decisions.
     *
     * @return the decisions
     */
    List<MandateValue> mandates();

    /**
     * Returns the components.
     *
     * @return the components, or null
     */
    @Nullable
    List<ComponentValue> components();

    /**
     * Returns the appointments.
     *
     * @return the appointments, or null
     */
    @Nullable
    List<AppointmentValue> leadership();
}
