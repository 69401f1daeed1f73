package io.github.peacekeeping.core.lineage;

/**
 * Which way a {@link MissionLink} points.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LinkKind {
    /** The linked mission came before: its responsibilities passed to this one (UNAVEM II for UNAVEM III). */
    PREDECESSOR,
    /** The linked mission came after: this one's responsibilities passed to it (MONUSCO for MONUC). */
    SUCCESSOR
}
