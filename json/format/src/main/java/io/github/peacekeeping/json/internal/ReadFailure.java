package io.github.peacekeeping.json.internal;

import java.util.List;

/**
 * An error in the input, as the readers of the format find it: the parts of the binding's
 * {@code PeacekeepingJsonException}, which each binding makes from it at its boundary
 * ({@code from(ReadFailure)}). It carries no stack trace: the binding's exception has the caller's.
 *
 * <p>Instances are not meant to be shared between threads while they are being thrown, like every
 * exception; their state never changes after construction.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    private final String problem;
    /** The values that would have been accepted. */
    private final List<String> expected;
    /** The dotted path. */
    private final String path;
    /** The JSON Pointer. */
    private final String pointer;
    /** The position of the offending token. */
    private final long position;
    /** What the parser found, or null if the format's readers found the error. */
    private final Problems.ParserError kind;

    ReadFailure(String problem, List<String> expected, String path, String pointer, long position, Throwable cause,
            Problems.ParserError kind) {
        super(problem, cause, false, false);
        this.kind = kind;
        this.problem = Messages.oneLine(problem);
        this.expected = List.copyOf(expected);
        this.path = path;
        this.pointer = pointer;
        this.position = position;
    }

    /**
     * Returns what is wrong, one line.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the values that would have been accepted.
     *
     * @return the values, unmodifiable, possibly empty
     */
    public List<String> expected() {
        return expected;
    }

    /**
     * Returns the dotted path of the offending value.
     *
     * @return the path, {@code $} for the document
     */
    public String path() {
        return path;
    }

    /**
     * Returns the JSON Pointer of the offending value.
     *
     * @return the pointer, empty for the document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what the parser found, if the parser found the error.
     *
     * @return the kind of error, or null if the format's readers found it
     */
    Problems.ParserError kind() {
        return kind;
    }

    /**
     * Returns the position of the offending token.
     *
     * @return the packed position ({@link Positions})
     */
    long position() {
        return position;
    }

    /**
     * Returns the line of the offending token.
     *
     * @return the line, from 1, or -1 if unknown
     */
    public int line() {
        return Positions.line(position);
    }

    /**
     * Returns the column of the offending token.
     *
     * @return the column, from 1, or -1 if unknown
     */
    public int column() {
        return Positions.column(position);
    }
}
