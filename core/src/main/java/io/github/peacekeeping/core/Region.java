package io.github.peacekeeping.core;

/**
 * The regions by which the UN groups its peacekeeping operations.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Region {
    /** Africa. */
    AFRICA,
    /** The Americas. */
    AMERICAS,
    /** Asia and the Pacific. */
    ASIA_PACIFIC,
    /** Europe. */
    EUROPE,
    /** The Middle East. */
    MIDDLE_EAST
}
