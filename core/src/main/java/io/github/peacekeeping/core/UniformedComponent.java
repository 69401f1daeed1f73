package io.github.peacekeeping.core;

import java.util.List;

/**
 * A component of uniformed personnel that member states contribute: {@link MilitaryComponent} or
 * {@link PoliceComponent}, each holding the deployments and the mission-level totals of its own
 * categories only.
 *
 * <p>Every implementation is immutable and thread-safe.
 *
 * @param <C> the category type of its deployments
 */
public sealed interface UniformedComponent<C extends PersonnelCategory> permits MilitaryComponent, PoliceComponent {

    /**
     * Returns the type of this component.
     *
     * @return {@link ComponentType#MILITARY} or {@link ComponentType#POLICE}
     */
    ComponentType type();

    /**
     * Returns the deployments reported for this component, in the order given.
     *
     * @return the deployments, unmodifiable, possibly empty
     */
    List<Deployment<C>> deployments();

    /**
     * Returns the mission's figures by category and reporting day, without the split by contributor, in
     * the order given. A category's strength on a day is the sum of its deployments when there are any
     * for that day and category, and its total otherwise; a total gives way to deployments of every
     * category it {@link PersonnelCategory#includes() includes} (a POLICE total to all police deployments).
     *
     * @return the totals, unmodifiable, possibly empty
     */
    List<PersonnelTotal<C>> totals();
}
