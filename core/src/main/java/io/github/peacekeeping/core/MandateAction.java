package io.github.peacekeeping.core;

/**
 * What one decision of the authorizing body does to a mission's mandate. A decision often does
 * several things at once: resolution 1029 (1995) extended UNAMIR a last time, reduced and adjusted it,
 * and decided its withdrawal.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MandateAction {
    /** Establishes the mission: the first decision of every mission. */
    ESTABLISH,
    /** Renews the mandate for a new period, which the decision's {@code expires} ends. */
    EXTEND,
    /** Adds tasks or raises the authorized ceilings. */
    EXPAND,
    /** Removes tasks or lowers the authorized ceilings. */
    REDUCE,
    /** Changes the tasks without a clear expansion or reduction. */
    ADJUST,
    /** Terminates the mission or decides its final withdrawal: no decision may follow it. */
    TERMINATE
}
