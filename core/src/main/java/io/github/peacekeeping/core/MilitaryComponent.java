package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.util.List;
import org.immutables.value.Value;

/**
 * The military component of a mission: contingent troops, staff officers and military experts on mission, headed by the Force Commander.
 * It holds {@code Deployment<MilitaryCategory>} only: the compiler keeps other categories out, and construction
 * refuses one that raw types let through.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class MilitaryComponent implements Component, UniformedComponent<MilitaryCategory>
        permits ImmutableMilitaryComponent {

    MilitaryComponent() {
    }

    @Override
    public abstract List<Deployment<MilitaryCategory>> deployments();

    @Override
    public abstract List<PersonnelTotal<MilitaryCategory>> totals();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a military component with the given deployments.
     *
     * @param deployments  the deployments, not null, no null element
     * @return the component, not null
     * @throws PeacekeepingException if an element is null
     */
    public static MilitaryComponent of(Iterable<? extends Deployment<MilitaryCategory>> deployments) {
        return builder().addAllDeployments(deployments).build();
    }

    /**
     * Builds a {@link MilitaryComponent}: {@code addDeployment}, {@code addAllDeployments}, {@code addTotal} and
     * {@code addAllTotals}, setters named after its fields, {@code from} to copy one.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableMilitaryComponent.Builder generated = new ImmutableMilitaryComponent.Builder();

        Builder() {
        }

        /**
         * Copies the values of a military component into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param militaryComponent  the military component to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code militaryComponent} is null
         */
        public Builder from(MilitaryComponent militaryComponent) {
            generated.from(Given.value("militaryComponent", militaryComponent));
            return this;
        }

        /**
         * Adds one element of {@link MilitaryComponent#deployments()}, after those added before.
         *
         * @param deployment  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code deployment} is null
         */
        public Builder addDeployment(Deployment<MilitaryCategory> deployment) {
            generated.addDeployment(Given.element(FieldNames.DEPLOYMENTS, deployment));
            return this;
        }

        /**
         * Adds elements of {@link MilitaryComponent#deployments()}, after those added before; if one is refused, none is added.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        @SafeVarargs
        @SuppressWarnings("varargs") // the array goes only to a check and to the generated builder
        public final Builder addDeployments(Deployment<MilitaryCategory>... deployments) {
            generated.addDeployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Sets {@link MilitaryComponent#deployments()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        public Builder deployments(Iterable<? extends Deployment<MilitaryCategory>> deployments) {
            generated.deployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Adds elements of {@link MilitaryComponent#deployments()}, after those added before; if one is refused, none is added.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        public Builder addAllDeployments(Iterable<? extends Deployment<MilitaryCategory>> deployments) {
            generated.addAllDeployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Adds one element of {@link MilitaryComponent#totals()}, after those added before.
         *
         * @param total  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code total} is null
         */
        public Builder addTotal(PersonnelTotal<MilitaryCategory> total) {
            generated.addTotal(Given.element(FieldNames.TOTALS, total));
            return this;
        }

        /**
         * Adds elements of {@link MilitaryComponent#totals()}, after those added before; if one is refused, none is added.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        @SafeVarargs
        @SuppressWarnings("varargs") // the array goes only to a check and to the generated builder
        public final Builder addTotals(PersonnelTotal<MilitaryCategory>... totals) {
            generated.addTotals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Sets {@link MilitaryComponent#totals()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        public Builder totals(Iterable<? extends PersonnelTotal<MilitaryCategory>> totals) {
            generated.totals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Adds elements of {@link MilitaryComponent#totals()}, after those added before; if one is refused, none is added.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        public Builder addAllTotals(Iterable<? extends PersonnelTotal<MilitaryCategory>> totals) {
            generated.addAllTotals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Builds the military component and checks it.
         *
         * @return the military component, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public MilitaryComponent build() {
            return generated.build();
        }
    }

    /**
     * Returns {@link ComponentType#MILITARY}.
     *
     * @return the type, not null
     */
    @Override
    public final ComponentType type() {
        return ComponentType.MILITARY;
    }

    @Value.Check
    void check() {
        Checks.categoriesInComponent(this);
    }

    /**
     * Returns the type and the number of deployments and of totals, e.g. {@code military component, 50
     * deployments} or {@code military component, 0 deployments, 29 totals}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text = "military component, " + deployments().size() + " deployments";
        return totals().isEmpty() ? text : text + ", " + totals().size() + " totals";
    }
}
