package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A civilian staffing report as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingValue.class)
@JsonDeserialize(as = ImmutableStaffingValue.class)
public interface StaffingValue {

    /**
     * Returns the reporting day.
     *
     * @return the day
     */
    LocalDate date();

    /**
     * Returns the international staff.
     *
     * @return the count
     */
    int international();

    /**
     * Returns the national staff.
     *
     * @return the count
     */
    int national();

    /**
     * Returns the UN Volunteers.
     *
     * @return the count
     */
    int volunteers();
}
