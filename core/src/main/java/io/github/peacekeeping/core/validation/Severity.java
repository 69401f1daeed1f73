package io.github.peacekeeping.core.validation;

/**
 * How serious a {@link Finding} is. A mission with no ERROR finding is valid.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFORMATION,
    /** Probably a data problem or an irregular history; the mission is still valid. */
    WARNING,
    /** The record contradicts itself or the Charter; the mission is not valid. */
    ERROR
}
