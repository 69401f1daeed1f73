package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A deployment as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentValue.class)
@JsonDeserialize(as = ImmutableDeploymentValue.class)
public interface DeploymentValue {

    /**
     * Returns the contributor's country code.
     *
     * @return the code
     */
    String contributor();

    /**
     * Returns the personnel category's name.
     *
     * @return the name
     */
    String category();

    /**
     * Returns the reporting day.
     *
     * @return the day
     */
    LocalDate date();

    /**
     * Returns the personnel.
     *
     * @return the count
     */
    int total();

    /**
     * Returns the women among them.
     *
     * @return the count, or null
     */
    @Nullable
    Integer female();
}
