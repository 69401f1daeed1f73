package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A civilian component as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableCivilianComponentValue.class)
@JsonDeserialize(as = ImmutableCivilianComponentValue.class)
public interface CivilianComponentValue extends ComponentValue {

    /**
     * Returns the staffing reports.
     *
     * @return the reports
     */
    List<StaffingValue> staffing();
}
