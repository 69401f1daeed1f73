package io.github.peacekeeping.core;

import java.util.List;

/**
 * A category of uniformed personnel that member states contribute: the three military categories of
 * {@link MilitaryCategory} and the three police categories of {@link PoliceCategory} (individual police,
 * formed police units, and police reported without that split, as before 2009).
 *
 * <p>The split into two enums lets the compiler keep a formed police unit out of a military component:
 * a {@link MilitaryComponent} holds {@code Deployment<MilitaryCategory>} only. The constants are
 * repeated here, so that {@code PersonnelCategory.TROOPS} reads as it does in the UN's files.
 *
 * <p>All implementations are enums: immutable and thread-safe.
 */
public sealed interface PersonnelCategory permits MilitaryCategory, PoliceCategory {

    /** Contingent troops. */
    MilitaryCategory TROOPS = MilitaryCategory.TROOPS;
    /** Staff officers. */
    MilitaryCategory STAFF_OFFICERS = MilitaryCategory.STAFF_OFFICERS;
    /** Military experts on mission: military observers and liaison officers. */
    MilitaryCategory EXPERTS_ON_MISSION = MilitaryCategory.EXPERTS_ON_MISSION;
    /** Individual police officers. */
    PoliceCategory INDIVIDUAL_POLICE = PoliceCategory.INDIVIDUAL_POLICE;
    /** Formed police units. */
    PoliceCategory FORMED_POLICE_UNITS = PoliceCategory.FORMED_POLICE_UNITS;
    /** Police without the split into individual police and formed units, as the UN counted them before 2009. */
    PoliceCategory POLICE = PoliceCategory.POLICE;

    /**
     * Returns the constant name of this category, as written in the JSON wire format,
     * e.g. {@code "FORMED_POLICE_UNITS"}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Returns the component this category of personnel belongs to.
     *
     * @return {@link ComponentType#MILITARY} or {@link ComponentType#POLICE}
     */
    ComponentType component();

    /**
     * Returns the categories whose personnel a figure of this category includes: for
     * {@link PoliceCategory#POLICE}, the police reported without the split, individual police and formed
     * police units too; for every other category, itself only. A mission's total of POLICE therefore
     * stands for its deployments of all three ({@link UniformedComponent#totals()}).
     *
     * @return the categories, this one last, unmodifiable
     */
    // Not a default method: an interface with default methods is initialized with its enums, and its
    // constants (TROOPS = MilitaryCategory.TROOPS) would then be read before the enums exist.
    List<PersonnelCategory> includes();

    /**
     * Returns every category, military first, in the order of the UN's contribution tables.
     *
     * @return the six categories, unmodifiable
     */
    static List<PersonnelCategory> values() {
        return PersonnelLabels.ALL;
    }

    /**
     * Obtains the category with the given constant name, e.g. {@code "TROOPS"}.
     *
     * @param name  the constant name, not null
     * @return the category, not null
     * @throws PeacekeepingException if no category has that name; the message lists the names
     */
    static PersonnelCategory valueOf(String name) {
        for (PersonnelCategory category : PersonnelLabels.ALL) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new PeacekeepingException(FieldNames.CATEGORY, name, "expected one of " + PersonnelLabels.NAMES);
    }

    /**
     * Obtains the category for a label of the UN's monthly contribution files, old or new:
     * "Troops", "Contingent Troop", "Troop", "Staff Officer", "Experts on Mission", "Military Observer",
     * "Individual Police", "Police", "Civilian Police", "Formed Police Units".
     *
     * <p>Case, surrounding blanks, repeated blanks and a plural "s" are not significant
     * ("Staff Officers", "Military Observers", "Formed Police Unit" are read too). Before 2009 the UN
     * counted military observers, which the later tables call military experts on mission, and police
     * ("Police", "Civilian Police") without the split into individual police and formed police units:
     * those labels give {@link PoliceCategory#POLICE}, never individual police.
     *
     * @param label  a personnel-type label of the UN's files, not null
     * @return the category, not null
     * @throws PeacekeepingException if the label is not one of the UN's; the message quotes it
     */
    static PersonnelCategory fromUnLabel(String label) {
        if (label == null) {
            throw new MissingValueException(FieldNames.CATEGORY);
        }
        PersonnelCategory category = PersonnelLabels.BY_KEY.get(PersonnelLabels.key(label));
        if (category == null) {
            throw new PeacekeepingException(FieldNames.CATEGORY, label,
                    "not a personnel label of the UN's contribution files: expected one of " + PersonnelLabels.UN_LABELS);
        }
        return category;
    }
}
