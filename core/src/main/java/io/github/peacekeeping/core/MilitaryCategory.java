package io.github.peacekeeping.core;

import java.util.List;

/**
 * The categories of personnel in a military component.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MilitaryCategory implements PersonnelCategory {
    /** Contingent troops (UN label "Troops"; earlier "Contingent Troop", "Troop"). */
    TROOPS,
    /** Staff officers in the mission's headquarters (UN label "Staff Officer"). */
    STAFF_OFFICERS,
    /** Military observers and liaison officers (UN label "Experts on Mission"; earlier "Military Observer"). */
    EXPERTS_ON_MISSION;

    @Override
    public ComponentType component() {
        return ComponentType.MILITARY;
    }

    @Override
    public List<PersonnelCategory> includes() {
        return List.of(this);
    }
}
