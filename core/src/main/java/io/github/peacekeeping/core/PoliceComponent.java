package io.github.peacekeeping.core;

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
     */
    public static final class Builder extends ImmutablePoliceComponent.Builder {
        Builder() {
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
