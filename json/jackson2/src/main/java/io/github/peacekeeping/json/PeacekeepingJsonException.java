package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.json.internal.Messages;
import io.github.peacekeeping.json.internal.ReadFailure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when JSON cannot be read as the peacekeeping wire format: malformed JSON, an unknown or
 * missing field, a value of the wrong type, an unknown enum value or country code, a bad date, a number
 * out of range, a value the model refuses, or input over one of the reader's limits.
 *
 * <p>Its message is one line, whatever the input holds (line breaks, other control characters, NEL,
 * U+2028, U+2029 and lone surrogates are escaped as {@code \}{@code uXXXX}), of one template:
 * <pre>{@code <problem> at <path> (line <line>, column <column>)[; expected one of: <value>, <value>...]}</pre>
 * for example
 * <pre>{@code
 * Invalid value for female: 12 (must not exceed total 10) at components[0].deployments[3].female (line 12, column 20)
 * Unknown field "expiry" at mandates[0] (line 5, column 7); expected one of: resolution, actions, effective, expires, chapterVII, tasks, ceilings
 * Unknown value "MILITARY_OBSERVER" for category at components[0].deployments[4].category (line 40, column 21); expected one of: TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION
 * }</pre>
 * The path names fields with the wire format's names and array elements by their index from 0;
 * {@code $} stands for the document itself. Lines and columns count from 1 and point at the start of
 * the offending token: the value for an invalid value, the field name for an unknown field, the
 * opening brace of the object for a missing field; for a repeated field, the end of its second name,
 * where the parser found it. Columns count characters when reading
 * text ({@code String}, {@code Reader}) and bytes when reading UTF-8 bytes ({@code InputStream},
 * {@code Path}); they differ only after non-ASCII characters on the same line (UTF-16 and UTF-32 bytes
 * count characters). The readers of {@link PeacekeepingJson} always give a line and a column; they are
 * -1 only where the input has none, when an {@code ObjectMapper} reads a tree
 * ({@code treeToValue}, {@code convertValue}), and the path alone locates the error. In JSON Lines the line
 * is the line of the file. When the model refused a value, the message is the model's, the cause is
 * the {@link PeacekeepingException}, and {@link #coreCause()} returns it. Values and names from the
 * input are echoed up to 60 characters, then {@code ...}.
 *
 * <p>It extends Jackson's {@link JsonMappingException}, so that users of an {@code ObjectMapper}
 * receive it unchanged; {@link #getMessage()} returns the one-line message above, without Jackson's
 * additions. {@link PeacekeepingJson} throws it for every error in its input.
 *
 * <p>Instances are not meant to be shared between threads while they are being thrown, like every
 * exception; their state never changes after construction.
 */
public final class PeacekeepingJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The problem, without its location. */
    private final String problem;
    /** The values that would have been accepted, possibly empty. */
    private final List<String> expected;
    /** The dotted path of the offending value, e.g. {@code mandates[3].resolution.vote.yes}. */
    private final String path;
    /** The JSON Pointer of the offending value, e.g. {@code /mandates/3/resolution/vote/yes}. */
    private final String pointer;
    /** The line, from 1, or -1 if unknown. */
    private final int line;
    /** The column, from 1, or -1 if unknown. */
    private final int column;

    /**
     * Constructs an exception. The readers of this module create them; the message is composed from
     * the parts given, following the template of this class.
     *
     * @param problem   what is wrong, e.g. {@code Missing value for name (required)}, not null
     * @param expected  the values that would have been accepted, not null, possibly empty
     * @param path      the dotted path of the offending value, {@code $} for the document, not null
     * @param pointer   the JSON Pointer of the offending value, empty for the document, not null
     * @param line      the line, from 1, or -1 if unknown
     * @param column    the column, from 1, or -1 if unknown
     * @param cause     the cause, may be null
     */
    public PeacekeepingJsonException(String problem, List<String> expected, String path, String pointer,
            int line, int column, Throwable cause) {
        super(null, message(problem, expected, path, line, column), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.expected = List.copyOf(expected);
        this.path = Objects.requireNonNull(path, "path");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
    }

    /** Makes the exception for an error that the format's readers found. */
    static PeacekeepingJsonException from(ReadFailure failure) {
        return new PeacekeepingJsonException(failure.problem(), failure.expected(), failure.path(), failure.pointer(),
                failure.line(), failure.column(), failure.getCause());
    }

    private static String message(String problem, List<String> expected, String path, int line, int column) {
        return Messages.compose(problem, expected, path, line, column);
    }

    /**
     * Returns what is wrong, without the location: the first part of the message, e.g.
     * {@code Invalid value for female: 12 (must not exceed total 10)}.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the values that would have been accepted: the known fields of the object for an unknown
     * field, the constants of the enum for an unknown value.
     *
     * @return the values, unmodifiable, empty where the error has no such list
     */
    public List<String> expected() {
        return expected;
    }

    /**
     * Returns the path of the offending value, with the wire format's field names and array indexes
     * from 0, e.g. {@code mandates[3].resolution.vote.yes}; {@code $} for the document itself.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value, e.g.
     * {@code /mandates/3/resolution/vote/yes}, as the validators' findings give their paths; empty for
     * the document itself.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the offending token, from 1.
     *
     * @return the line, or -1 if the input gave no location
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the offending token, from 1: characters for text input, bytes for byte input.
     *
     * @return the column, or -1 if the input gave no location
     */
    public int column() {
        return column;
    }

    /**
     * Returns the model's exception where the model refused a value, e.g. more women than personnel.
     *
     * @return the model's exception, empty if the JSON itself was at fault
     */
    public Optional<PeacekeepingException> coreCause() {
        return getCause() instanceof PeacekeepingException
                ? Optional.of((PeacekeepingException) getCause())
                : Optional.empty();
    }

    /**
     * Returns the location of the offending token, for Jackson's users.
     *
     * @return the line and column, with no source and no offsets; -1 where unknown
     */
    @Override
    public JsonLocation getLocation() {
        return new JsonLocation(ContentReference.unknown(), -1L, -1L, line, column);
    }

    /**
     * Returns the one-line message: problem, path, line and column, and the accepted values if any.
     *
     * @return the message, not null
     */
    @Override
    public String getMessage() {
        return getOriginalMessage();
    }

    /**
     * Returns {@link #getMessage()}: the message is not localized.
     *
     * @return the message, not null
     */
    @Override
    public String getLocalizedMessage() {
        return getOriginalMessage();
    }

    /**
     * Returns the class name and the message.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return getClass().getName() + ": " + getOriginalMessage();
    }
}
