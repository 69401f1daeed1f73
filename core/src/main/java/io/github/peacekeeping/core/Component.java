package io.github.peacekeeping.core;

/**
 * A component of a mission: {@link MilitaryComponent}, {@link PoliceComponent} or
 * {@link CivilianComponent}. A mission has at most one of each.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Component permits MilitaryComponent, PoliceComponent, CivilianComponent {

    /**
     * Returns the type of this component.
     *
     * @return the type, not null
     */
    ComponentType type();
}
