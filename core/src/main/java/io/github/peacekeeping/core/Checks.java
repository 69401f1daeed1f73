package io.github.peacekeeping.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The construction checks the value types share; each throws {@link PeacekeepingException}. */
final class Checks {

    private Checks() {
    }

    /** Text must hold more than blanks, and no blanks at its ends (a padded acronym would not match). */
    static void text(String field, String value) {
        if (value.isBlank()) {
            throw new PeacekeepingException(field, value, "must not be blank");
        }
        if (!value.strip().equals(value)) {
            throw new PeacekeepingException(field, value, "must not start or end with blanks");
        }
    }

    /**
     * A date must not be certainly before another: {@code 1993-10} may close a mission established on
     * 1993-10-05, {@code 1993-09} may not. Dates that only some readings put in the wrong order are kept.
     */
    static void notBefore(String field, PartialDate date, String otherField, PartialDate other) {
        if (date.latest().isBefore(other.earliest())) {
            throw new PeacekeepingException(field, date, "must not be before " + otherField + " " + other);
        }
    }

    static void notNegative(String field, int value) {
        if (value < 0) {
            throw new PeacekeepingException(field, value, "must not be negative");
        }
    }

    /** A total derived from several counts must be representable, never wrapped around. */
    static void sumFitsInt(String field, long sum) {
        if (sum > Integer.MAX_VALUE) {
            throw new PeacekeepingException(field, sum, "makes a total above " + Integer.MAX_VALUE);
        }
    }

    static void notEmpty(String field, List<?> values) {
        if (values.isEmpty()) {
            throw new PeacekeepingException(field, values, "must hold at least one value");
        }
    }

    /** A list that stands for a set must not repeat a value: reading it as a set would drop one. */
    static void distinct(String field, List<?> values) {
        if (values.size() < 2) {
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value)) {
                throw new PeacekeepingException(field, values, "must not repeat " + value);
            }
        }
    }
}
