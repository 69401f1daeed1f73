package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A flat contribution record, one line of JSON Lines, as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionLineValue.class)
@JsonDeserialize(as = ImmutableContributionLineValue.class)
public interface ContributionLineValue {

    /**
     * Returns the mission's acronym.
     *
     * @return the acronym
     */
    String mission();

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
