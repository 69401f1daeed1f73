package io.github.peacekeeping.core.internal;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The construction checks that the model's packages share; each throws {@link PeacekeepingException} with
 * the message template of the model. This package is not exported by the module: it serves the model's
 * own packages, not its users.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Require {

    /** Up to this many values, {@link #distinct} compares pairs instead of filling a hash set. */
    private static final int SMALL = 16;

    private Require() {
    }

    /**
     * Requires text to hold more than blanks, and no blanks at its ends (a padded acronym would not match).
     *
     * @param field  the JSON name of the field, not null
     * @param value  the text, not null
     * @throws PeacekeepingException if the text is blank or padded
     */
    public static void text(String field, String value) {
        if (value.isBlank()) {
            throw new PeacekeepingException(field, value, "must not be blank");
        }
        if (!value.strip().equals(value)) {
            throw new PeacekeepingException(field, value, "must not start or end with blanks");
        }
    }

    /**
     * Requires optional text, where present, to hold more than blanks and no blanks at its ends.
     *
     * @param field  the JSON name of the field, not null
     * @param value  the optional text, not null
     * @throws PeacekeepingException if the text is present and blank or padded
     */
    public static void text(String field, Optional<String> value) {
        if (value.isPresent()) {
            text(field, value.get());
        }
    }

    /**
     * Requires a list to hold at least one value.
     *
     * @param field   the JSON name of the field, not null
     * @param values  the list, not null
     * @throws PeacekeepingException if the list is empty
     */
    public static void notEmpty(String field, List<?> values) {
        if (values.isEmpty()) {
            throw new PeacekeepingException(field, values, "must hold at least one value");
        }
    }

    /**
     * Requires a list that stands for a set not to repeat a value: reading it as a set would drop one.
     *
     * @param field   the JSON name of the field, not null
     * @param values  the list, not null
     * @throws PeacekeepingException if a value is repeated; the message names it
     */
    public static void distinct(String field, List<?> values) {
        int size = values.size();
        if (size > SMALL) {
            Set<Object> seen = new HashSet<>();
            for (Object value : values) {
                if (!seen.add(value)) {
                    throw repeated(field, values, value);
                }
            }
            return;
        }
        // Most of these lists hold a few values: comparing each with those before it allocates nothing.
        for (int i = 1; i < size; i++) {
            Object value = values.get(i);
            for (int j = 0; j < i; j++) {
                if (Objects.equals(values.get(j), value)) {
                    throw repeated(field, values, value);
                }
            }
        }
    }

    private static PeacekeepingException repeated(String field, List<?> values, Object value) {
        return new PeacekeepingException(field, values, "must not repeat " + value);
    }
}
