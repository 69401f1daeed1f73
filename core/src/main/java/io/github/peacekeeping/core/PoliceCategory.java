package io.github.peacekeeping.core;

import java.util.List;

/**
 * The categories of personnel in a police component.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PoliceCategory implements PersonnelCategory {
    /** Individual police officers (UN label "Individual Police"). */
    INDIVIDUAL_POLICE,
    /** Formed police units, deployed as a unit by one country (UN label "Formed Police Units"). */
    FORMED_POLICE_UNITS,
    /**
     * Police reported without the split into individual police and formed units: the UN's labels
     * "Police" and "Civilian Police" of the files before 2009, whose figures included the formed units.
     * The International Peace Institute's database keeps the old sum beside the split: in its file of
     * 31 March 2014 (github.com/IPIDataLab/PPP_Loader, ppp_files/current_month/current_month.csv, commit
     * 2653920), {@code Civilian_Police} equals {@code Formed_Police_Units} plus {@code Inidividual_Police}
     * on every one of its 573 rows. Such figures are therefore never read as individual police.
     */
    POLICE;

    @Override
    public ComponentType component() {
        return ComponentType.POLICE;
    }

    @Override
    public List<PersonnelCategory> includes() {
        return this == POLICE ? ComponentType.POLICE.categories() : List.of(this);
    }
}
