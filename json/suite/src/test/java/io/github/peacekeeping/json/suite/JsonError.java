package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a binding's {@code PeacekeepingJsonException}, the same accessors under one type for the
 * shared tests; its message and its cause are the exception's, {@link #original()} the exception itself.
 */
final class JsonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final List<String> expected;
    private final String path;
    private final String pointer;
    private final int line;
    private final int column;
    private final transient PeacekeepingException coreCause;
    private final Throwable original;
    private final int locationLine;
    private final int locationColumn;

    JsonError(Throwable error, String problem, List<String> expected, String path, String pointer, int line,
            int column, Optional<PeacekeepingException> coreCause, int locationLine, int locationColumn) {
        // The cause is the exception's own cause, so that the tests see what they would see on it.
        super(error.getMessage(), error.getCause());
        this.original = error;
        this.locationLine = locationLine;
        this.locationColumn = locationColumn;
        this.problem = problem;
        this.expected = expected;
        this.path = path;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.coreCause = coreCause.orElse(null);
    }

    /** The binding's exception itself. */
    Throwable original() {
        return original;
    }

    String problem() {
        return problem;
    }

    List<String> expected() {
        return expected;
    }

    String path() {
        return path;
    }

    String pointer() {
        return pointer;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The line of Jackson's {@code getLocation()}. */
    int locationLine() {
        return locationLine;
    }

    /** The column of Jackson's {@code getLocation()}. */
    int locationColumn() {
        return locationColumn;
    }

    Optional<PeacekeepingException> coreCause() {
        return Optional.ofNullable(coreCause);
    }
}
