package io.github.peacekeeping.core.partner;

/**
 * How a mission relates to a partner. The examples are the record's, with their sources in the project's
 * fixtures and README.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartnershipKind {
    /**
     * A hybrid operation under the joint authority of the United Nations and an organization: UNAMID with the
     * African Union (resolution 1769 (2007)), whose Joint Special Representative the UN Secretary-General and
     * the Chairperson of the AU Commission named together. The partner is an organization.
     */
    JOINT_AUTHORITY,
    /**
     * The mission takes over from the partner's force on the partnership's day: MINUSMA from AFISMA on
     * 1 July 2013 (resolution 2100 (2013)), MINUSCA from MISCA on 15 September 2014 (resolution 2149 (2014)),
     * UNTAET from INTERFET, formally on 23 February 2000.
     */
    TAKES_OVER_FROM,
    /**
     * The partner takes over from the mission on the partnership's day, usually the day after the mission's
     * last: the European Union Police Mission assumed UNMIBH's police tasks in Bosnia and Herzegovina on
     * 1 January 2003.
     */
    HANDS_OVER_TO,
    /**
     * The Security Council authorizes the partner's force to act beside the mission: Operation Turquoise, the
     * French-led multinational humanitarian operation in Rwanda under resolution 929 (1994), beside UNAMIR.
     */
    AUTHORIZED_ALONGSIDE,
    /**
     * The mission exists to support the partner's operation: UNSOS, established by resolution 2245 (2015),
     * supports the African Union's mission in Somalia (AMISOM, later ATMIS).
     */
    SUPPORTS;

    /**
     * Checks whether the partnership's day is a transfer of responsibility between the mission and the
     * partner.
     *
     * @return true for {@link #TAKES_OVER_FROM} and {@link #HANDS_OVER_TO}
     */
    public boolean isHandOver() {
        return this == TAKES_OVER_FROM || this == HANDS_OVER_TO;
    }
}
