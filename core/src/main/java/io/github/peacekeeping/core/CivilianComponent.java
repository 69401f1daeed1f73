package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
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

    /**
     * Builds a {@link CivilianComponent}: setters named after its fields, {@code from} to copy one.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableCivilianComponent.Builder generated = new ImmutableCivilianComponent.Builder();

        Builder() {
        }

        /**
         * Copies the values of a civilian component into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param civilianComponent  the civilian component to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code civilianComponent} is null
         */
        public Builder from(CivilianComponent civilianComponent) {
            generated.from(Given.value("civilianComponent", civilianComponent));
            return this;
        }

        /**
         * Adds one element of {@link CivilianComponent#staffing()}, after those added before.
         *
         * @param staffing  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code staffing} is null
         */
        public Builder addStaffing(CivilianStaffing staffing) {
            generated.addStaffing(Given.element(FieldNames.STAFFING, staffing));
            return this;
        }

        /**
         * Adds elements of {@link CivilianComponent#staffing()}, after those added before; if one is refused, none is added.
         *
         * @param staffing  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code staffing} or one of its elements is null
         */
        public Builder addStaffing(CivilianStaffing... staffing) {
            generated.addStaffing(Given.elements(FieldNames.STAFFING, staffing));
            return this;
        }

        /**
         * Sets {@link CivilianComponent#staffing()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param staffing  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code staffing} or one of its elements is null
         */
        public Builder staffing(Iterable<? extends CivilianStaffing> staffing) {
            generated.staffing(Given.elements(FieldNames.STAFFING, staffing));
            return this;
        }

        /**
         * Adds elements of {@link CivilianComponent#staffing()}, after those added before; if one is refused, none is added.
         *
         * @param staffing  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code staffing} or one of its elements is null
         */
        public Builder addAllStaffing(Iterable<? extends CivilianStaffing> staffing) {
            generated.addAllStaffing(Given.elements(FieldNames.STAFFING, staffing));
            return this;
        }

        /**
         * Builds the civilian component and checks it.
         *
         * @return the civilian component, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public CivilianComponent build() {
            return generated.build();
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
