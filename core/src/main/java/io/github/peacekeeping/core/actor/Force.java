package io.github.peacekeeping.core.actor;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A military force that is not a UN mission, as missions meet them: a regional force a mission takes over
 * from (the African-led International Support Mission in Mali, AFISMA), a multinational force the Security
 * Council authorizes beside one (Operation Turquoise in Rwanda, 1994), one the UN supports (the African
 * Union Mission in Somalia, AMISOM). Its name, its acronym where it has one, and who leads it.
 *
 * <p>Construction refuses a blank or padded name or acronym, and a repeated leader. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Force implements Actor {

    Force() {
    }

    /**
     * Returns the force's name, e.g. "African-led International Support Mission in Mali", "Operation
     * Turquoise".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the acronym by which the force is known, e.g. "AFISMA".
     *
     * @return the acronym, empty if it has none
     */
    public abstract Optional<String> acronym();

    /**
     * Returns the states or organizations that lead the force (ECOWAS for AFISMA, France for Operation
     * Turquoise), where the record names them.
     *
     * @return the leaders, none repeated, unmodifiable, possibly empty
     */
    public abstract List<Actor> ledBy();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Force}: setters {@code name}, {@code acronym}, {@code addLedBy} and {@code ledBy(Iterable)};
     * {@code from(Force)} copies one; {@code build()} checks the result and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableForce.Builder generated = new ImmutableForce.Builder();

        Builder() {
        }

        /**
         * Copies the values of a force into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param force  the force to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code force} is null
         */
        public Builder from(Force force) {
            generated.from(Given.value("force", force));
            return this;
        }

        /**
         * Sets {@link Force#name()}.
         *
         * @param name  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code name} is null
         */
        public Builder name(String name) {
            generated.name(Given.value(FieldNames.NAME, name));
            return this;
        }

        /**
         * Sets {@link Force#acronym()}.
         *
         * @param acronym  the value, null for none
         * @return this builder
         */
        public Builder acronym(String acronym) {
            generated.acronym(acronym);
            return this;
        }

        /**
         * Sets {@link Force#acronym()}.
         *
         * @param acronym  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code acronym} is null
         */
        public Builder acronym(Optional<String> acronym) {
            generated.acronym(Given.value(FieldNames.ACRONYM, acronym));
            return this;
        }

        /**
         * Adds one element of {@link Force#ledBy()}, after those added before.
         *
         * @param ledBy  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code ledBy} is null
         */
        public Builder addLedBy(Actor ledBy) {
            generated.addLedBy(Given.element(FieldNames.LED_BY, ledBy));
            return this;
        }

        /**
         * Adds elements of {@link Force#ledBy()}, after those added before; if one is refused, none is added.
         *
         * @param ledBy  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code ledBy} or one of its elements is null
         */
        public Builder addLedBy(Actor... ledBy) {
            generated.addLedBy(Given.elements(FieldNames.LED_BY, ledBy));
            return this;
        }

        /**
         * Sets {@link Force#ledBy()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param ledBy  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code ledBy} or one of its elements is null
         */
        public Builder ledBy(Iterable<? extends Actor> ledBy) {
            generated.ledBy(Given.elements(FieldNames.LED_BY, ledBy));
            return this;
        }

        /**
         * Adds elements of {@link Force#ledBy()}, after those added before; if one is refused, none is added.
         *
         * @param ledBy  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code ledBy} or one of its elements is null
         */
        public Builder addAllLedBy(Iterable<? extends Actor> ledBy) {
            generated.addAllLedBy(Given.elements(FieldNames.LED_BY, ledBy));
            return this;
        }

        /**
         * Builds the force and checks it.
         *
         * @return the force, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Force build() {
            return generated.build();
        }
    }

    @Override
    public String fullName() {
        return name();
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.NAME, name());
        Require.text(FieldNames.ACRONYM, acronym());
        Require.distinct(FieldNames.LED_BY, ledBy());
    }

    /**
     * Returns the acronym where the force has one, otherwise the name, e.g. {@code AFISMA}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return acronym().orElse(name());
    }
}
