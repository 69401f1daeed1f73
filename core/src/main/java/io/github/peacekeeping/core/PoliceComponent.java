package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.util.List;
import org.immutables.value.Value;

/**
 * The police component of a mission: individual police officers and formed police units (or, in the UN's
 * figures before 2009, police without that split), headed by the Police Commissioner.
 * It holds {@code Deployment<PoliceCategory>} only: the compiler keeps other categories out, and construction
 * refuses one that raw types let through.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class PoliceComponent implements Component, UniformedComponent<PoliceCategory>
        permits ImmutablePoliceComponent {

    PoliceComponent() {
    }

    @Override
    public abstract List<Deployment<PoliceCategory>> deployments();

    @Override
    public abstract List<PersonnelTotal<PoliceCategory>> totals();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a police component with the given deployments.
     *
     * @param deployments  the deployments, not null, no null element
     * @return the component, not null
     * @throws PeacekeepingException if an element is null
     */
    public static PoliceComponent of(Iterable<? extends Deployment<PoliceCategory>> deployments) {
        return builder().addAllDeployments(deployments).build();
    }

    /**
     * Builds a {@link PoliceComponent}: {@code addDeployment}, {@code addAllDeployments}, {@code addTotal} and
     * {@code addAllTotals}, setters named after its fields, {@code from} to copy one.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutablePoliceComponent.Builder generated = new ImmutablePoliceComponent.Builder();

        Builder() {
        }

        /**
         * Copies the values of a police component into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param policeComponent  the police component to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code policeComponent} is null
         */
        public Builder from(PoliceComponent policeComponent) {
            generated.from(Given.value("policeComponent", policeComponent));
            return this;
        }

        /**
         * Adds one element of {@link PoliceComponent#deployments()}, after those added before.
         *
         * @param deployment  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code deployment} is null
         */
        public Builder addDeployment(Deployment<PoliceCategory> deployment) {
            generated.addDeployment(Given.element(FieldNames.DEPLOYMENTS, deployment));
            return this;
        }

        /**
         * Adds elements of {@link PoliceComponent#deployments()}, after those added before; if one is refused, none is added.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        @SafeVarargs
        @SuppressWarnings("varargs") // the array goes only to a check and to the generated builder
        public final Builder addDeployments(Deployment<PoliceCategory>... deployments) {
            generated.addDeployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Sets {@link PoliceComponent#deployments()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        public Builder deployments(Iterable<? extends Deployment<PoliceCategory>> deployments) {
            generated.deployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Adds elements of {@link PoliceComponent#deployments()}, after those added before; if one is refused, none is added.
         *
         * @param deployments  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code deployments} or one of its elements is null
         */
        public Builder addAllDeployments(Iterable<? extends Deployment<PoliceCategory>> deployments) {
            generated.addAllDeployments(Given.elements(FieldNames.DEPLOYMENTS, deployments));
            return this;
        }

        /**
         * Adds one element of {@link PoliceComponent#totals()}, after those added before.
         *
         * @param total  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code total} is null
         */
        public Builder addTotal(PersonnelTotal<PoliceCategory> total) {
            generated.addTotal(Given.element(FieldNames.TOTALS, total));
            return this;
        }

        /**
         * Adds elements of {@link PoliceComponent#totals()}, after those added before; if one is refused, none is added.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        @SafeVarargs
        @SuppressWarnings("varargs") // the array goes only to a check and to the generated builder
        public final Builder addTotals(PersonnelTotal<PoliceCategory>... totals) {
            generated.addTotals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Sets {@link PoliceComponent#totals()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        public Builder totals(Iterable<? extends PersonnelTotal<PoliceCategory>> totals) {
            generated.totals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Adds elements of {@link PoliceComponent#totals()}, after those added before; if one is refused, none is added.
         *
         * @param totals  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code totals} or one of its elements is null
         */
        public Builder addAllTotals(Iterable<? extends PersonnelTotal<PoliceCategory>> totals) {
            generated.addAllTotals(Given.elements(FieldNames.TOTALS, totals));
            return this;
        }

        /**
         * Builds the police component and checks it.
         *
         * @return the police component, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public PoliceComponent build() {
            return generated.build();
        }
    }

    /**
     * Returns {@link ComponentType#POLICE}.
     *
     * @return the type, not null
     */
    @Override
    public final ComponentType type() {
        return ComponentType.POLICE;
    }

    @Value.Check
    void check() {
        Checks.categoriesInComponent(this);
    }

    /**
     * Returns the type and the number of deployments and of totals, e.g. {@code police component, 50
     * deployments} or {@code police component, 0 deployments, 29 totals}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text = "police component, " + deployments().size() + " deployments";
        return totals().isEmpty() ? text : text + ", " + totals().size() + " totals";
    }
}
