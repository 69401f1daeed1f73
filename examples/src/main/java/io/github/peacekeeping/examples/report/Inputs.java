package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.ArrayList;
import java.util.List;

/** The checks the report's plain inputs share, with the library's exceptions and messages. */
final class Inputs {

    private Inputs() {
    }

    /** A value that must be given. */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw new MissingValueException(field);
        }
        return value;
    }

    /** Text that must hold more than blanks: a title, a label. */
    static String text(String field, String value) {
        if (required(field, value).isBlank()) {
            throw new PeacekeepingException(field, value, "must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy of a list that must be given and hold no null. */
    static <T> List<T> list(String field, List<T> values) {
        List<T> copy = new ArrayList<>(required(field, values).size());
        for (T value : values) {
            if (value == null) {
                throw new MissingValueException(field + " element");
            }
            copy.add(value);
        }
        return List.copyOf(copy);
    }
}
