package io.github.peacekeeping.core;

/**
 * The categories of personnel in a police component.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PoliceCategory implements PersonnelCategory {
    /** Individual police officers (UN label "Individual Police"; earlier "Police", "Civilian Police"). */
    INDIVIDUAL_POLICE,
    /** Formed police units, deployed as a unit by one country (UN label "Formed Police Units"). */
    FORMED_POLICE_UNITS;

    @Override
    public ComponentType component() {
        return ComponentType.POLICE;
    }
}
