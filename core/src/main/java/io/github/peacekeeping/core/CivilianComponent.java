package io.github.peacekeeping.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The civilian component of a mission: its staffing reports over time. Civilian personnel usually
 * have no numeric ceiling and are not contributed by member states.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class CivilianComponent implements Component permits ImmutableCivilianComponent {

    CivilianComponent() {
    }

    /**
     * Returns the staffing reports, in the order given.
     *
     * @return the reports, unmodifiable, possibly empty
     */
    public abstract List<CivilianStaffing> staffing();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a civilian component with the given staffing reports.
     *
     * @param staffing  the reports, not null, no null element
     * @return the component, not null
     * @throws PeacekeepingException if an element is null
     */
    public static CivilianComponent of(Iterable<? extends CivilianStaffing> staffing) {
        return builder().addAllStaffing(staffing).build();
    }

    /** Builds a {@link CivilianComponent}: setters named after its fields, {@code from} to copy one. */
    public static final class Builder extends ImmutableCivilianComponent.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link ComponentType#CIVILIAN}.
     *
     * @return the type, not null
     */
    @Override
    public final ComponentType type() {
        return ComponentType.CIVILIAN;
    }

    /**
     * Returns the type and the number of reports, e.g. {@code civilian component, 12 staffing reports}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "civilian component, " + staffing().size() + " staffing reports";
    }
}
