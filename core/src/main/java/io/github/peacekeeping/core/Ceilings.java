package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The authorized maxima of personnel that one decision sets, e.g. "up to 2,548 military and 60
 * police". A component without a value here keeps the ceiling set by an earlier decision; the
 * civilian component usually has none.
 *
 * <p>Construction refuses a negative ceiling. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ceilings {

    private static final Ceilings NONE = builder().build();

    Ceilings() {
    }

    /**
     * Returns the ceiling of military personnel: troops, staff officers and military experts on mission.
     *
     * @return the ceiling, empty if this decision leaves it unchanged
     */
    public abstract OptionalInt military();

    /**
     * Returns the ceiling of police personnel: individual police, formed police units, and police
     * reported without that split ({@link PoliceCategory#POLICE}).
     *
     * @return the ceiling, empty if this decision leaves it unchanged
     */
    public abstract OptionalInt police();

    /**
     * Returns the ceiling of civilian personnel.
     *
     * @return the ceiling, empty if this decision leaves it unchanged
     */
    public abstract OptionalInt civilian();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains ceilings for the military and police components.
     *
     * @param military  the military ceiling, not negative
     * @param police    the police ceiling, not negative
     * @return the ceilings, not null
     * @throws PeacekeepingException if a ceiling is negative
     */
    public static Ceilings of(int military, int police) {
        return builder().military(military).police(police).build();
    }

    /**
     * Obtains ceilings that set no value.
     *
     * @return empty ceilings, not null
     */
    public static Ceilings none() {
        return NONE;
    }

    /**
     * Builds {@link Ceilings}; {@code build()} checks them.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableCeilings.Builder generated = new ImmutableCeilings.Builder();

        Builder() {
        }

        /**
         * Copies the values of a ceilings into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param ceilings  the ceilings to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code ceilings} is null
         */
        public Builder from(Ceilings ceilings) {
            generated.from(Given.value("ceilings", ceilings));
            return this;
        }

        /**
         * Sets {@link Ceilings#military()}.
         *
         * @param military  the value
         * @return this builder
         */
        public Builder military(int military) {
            generated.military(military);
            return this;
        }

        /**
         * Sets {@link Ceilings#military()}.
         *
         * @param military  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code military} is null
         */
        public Builder military(OptionalInt military) {
            generated.military(Given.value(FieldNames.MILITARY, military));
            return this;
        }

        /**
         * Sets {@link Ceilings#police()}.
         *
         * @param police  the value
         * @return this builder
         */
        public Builder police(int police) {
            generated.police(police);
            return this;
        }

        /**
         * Sets {@link Ceilings#police()}.
         *
         * @param police  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code police} is null
         */
        public Builder police(OptionalInt police) {
            generated.police(Given.value(FieldNames.POLICE, police));
            return this;
        }

        /**
         * Sets {@link Ceilings#civilian()}.
         *
         * @param civilian  the value
         * @return this builder
         */
        public Builder civilian(int civilian) {
            generated.civilian(civilian);
            return this;
        }

        /**
         * Sets {@link Ceilings#civilian()}.
         *
         * @param civilian  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code civilian} is null
         */
        public Builder civilian(OptionalInt civilian) {
            generated.civilian(Given.value(FieldNames.CIVILIAN, civilian));
            return this;
        }

        /**
         * Builds the ceilings and checks it.
         *
         * @return the ceilings, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Ceilings build() {
            return generated.build();
        }
    }

    /**
     * Returns the ceiling of a component.
     *
     * @param component  the component, not null
     * @return the ceiling, empty if none is set
     */
    public OptionalInt forComponent(ComponentType component) {
        switch (component) {
            case MILITARY: return military();
            case POLICE: return police();
            default: return civilian();
        }
    }

    /**
     * Checks whether no ceiling is set.
     *
     * @return true if all three are empty
     */
    public boolean isEmpty() {
        return military().isEmpty() && police().isEmpty() && civilian().isEmpty();
    }

    @Value.Check
    void check() {
        military().ifPresent(v -> Checks.notNegative(FieldNames.MILITARY, v));
        police().ifPresent(v -> Checks.notNegative(FieldNames.POLICE, v));
        civilian().ifPresent(v -> Checks.notNegative(FieldNames.CIVILIAN, v));
    }
}
