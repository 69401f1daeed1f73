package io.github.peacekeeping.core;

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
     */
    public static final class Builder extends ImmutableMilitaryComponent.Builder {
        Builder() {
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
