package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A decision as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableMandateValue.class)
@JsonDeserialize(as = ImmutableMandateValue.class)
public interface MandateValue {

    /**
     * Returns the resolution.
     *
     * @return the resolution
     */
    ResolutionValue resolution();

    /**
     * Returns the actions.
     *
     * @return the actions
     */
    List<MandateAction> actions();

    /**
     * Returns the day it takes effect.
     *
     * @return the day
     */
    LocalDate effective();

    /**
     * Returns the last day of the period it sets.
     *
     * @return the day, or null
     */
    @Nullable
    LocalDate expires();

    /**
     * Returns whether it was adopted under Chapter VII.
     *
     * @return true if so
     */
    boolean chapterVII();

    /**
     * Returns the tasks.
     *
     * @return the tasks, or null
     */
    @Nullable
    List<MandateTask> tasks();

    /**
     * Returns the ceilings.
     *
     * @return the ceilings, or null
     */
    @Nullable
    CeilingsValue ceilings();
}
