package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Require;
import java.util.List;

/**
 * The construction checks the value types share; each throws {@link PeacekeepingException}. Those the
 * model's other packages need too are in {@link Require}, which these call.
 */
final class Checks {

    private Checks() {
    }

    /** Text must hold more than blanks, and no blanks at its ends (a padded acronym would not match). */
    static void text(String field, String value) {
        Require.text(field, value);
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
        Require.notEmpty(field, values);
    }

    /** A list that stands for a set must not repeat a value: reading it as a set would drop one. */
    static void distinct(String field, List<?> values) {
        Require.distinct(field, values);
    }
}
