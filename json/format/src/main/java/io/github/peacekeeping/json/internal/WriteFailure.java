package io.github.peacekeeping.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that the format cannot hold, found while writing: it learns its path as it passes up
 * through the objects and arrays that hold the value ({@link #under}), and becomes a
 * {@link WriteRefusal} at the writer's boundary. It carries no stack trace.
 *
 * <p>Instances are used by one thread, while they are thrown.
 */
final class WriteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The value as the message shows it. */
    private final String value;
    /** The rule the value breaks. */
    private final String rule;
    /** Field names and array indexes, outermost first. */
    private final transient Deque<Object> segments = new ArrayDeque<>();

    WriteFailure(String value, String rule) {
        super(rule, null, false, false);
        this.value = value;
        this.rule = rule;
    }

    /**
     * Adds the field or index that holds what failed.
     *
     * @param segment  a field name, or an {@link Integer} index
     * @return this failure
     */
    WriteFailure under(Object segment) {
        segments.addFirst(segment);
        return this;
    }

    WriteRefusal refusal() {
        String path = Paths.ROOT;
        for (Object segment : segments) {
            path = Paths.child(path, segment);
        }
        return new WriteRefusal(path, value, rule);
    }
}
