package io.github.peacekeeping.core;

import java.util.List;

/**
 * The three components of a peacekeeping mission, as the JSON wire format names them in a
 * component's {@code type}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComponentType {
    /** Contingent troops, staff officers and military experts on mission, led by a Force Commander. */
    MILITARY("military"),
    /** Individual police officers and formed police units, led by a Police Commissioner. */
    POLICE("police"),
    /** International and national staff and UN Volunteers; not contributed by member states. */
    CIVILIAN("civilian");

    private final String typeName;

    ComponentType(String typeName) {
        this.typeName = typeName;
    }

    /**
     * Returns the name of this component type in the JSON wire format.
     *
     * @return {@code "military"}, {@code "police"} or {@code "civilian"}
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Returns the categories of personnel this component holds, in the order of
     * {@link PersonnelCategory#values()}: for the military component TROOPS, STAFF_OFFICERS and
     * EXPERTS_ON_MISSION.
     *
     * @return the categories, unmodifiable; empty for the civilian component, whose staff are not
     *         contributed by member states
     */
    public List<PersonnelCategory> categories() {
        return PersonnelLabels.BY_COMPONENT.get(this);
    }
}
