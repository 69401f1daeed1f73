package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peacekeeping.core.LeadershipRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A leadership appointment as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableAppointmentValue.class)
@JsonDeserialize(as = ImmutableAppointmentValue.class)
public interface AppointmentValue {

    /**
     * Returns the role.
     *
     * @return the role
     */
    LeadershipRole role();

    /**
     * Returns the holder's name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the holder's country code.
     *
     * @return the code
     */
    String nationality();

    /**
     * Returns the first day.
     *
     * @return the day
     */
    LocalDate start();

    /**
     * Returns the last day.
     *
     * @return the day, or null
     */
    @Nullable
    LocalDate end();

    /**
     * Returns whether the appointment is acting.
     *
     * @return true if acting, or null
     */
    @Nullable
    Boolean acting();
}
