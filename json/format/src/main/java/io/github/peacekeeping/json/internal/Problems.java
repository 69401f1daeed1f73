package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every {@link ReadFailure} of the readers, the one place where reading errors are worded: the
 * problem, the path and pointer from the reader's context, the line and column from token positions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problems {

    /** The kinds of error of a binding's parser. */
    public enum ParserError {
        /** The input ends inside a value. */
        END_OF_INPUT,
        /** A limit of the parser: its message names it and the sizes. */
        LIMIT,
        /** A field repeated, found by the parser of a mapper. */
        DUPLICATE,
        /** Anything else: not JSON. */
        MALFORMED
    }

    /** Jackson's limit messages: {@code String value length (N) exceeds the maximum allowed (M, from ...)}. */
    private static final Pattern LIMIT = Pattern.compile(
            "(.+?) \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']",
            Pattern.DOTALL);
    /** Jackson's decoders end their messages with the position counted from the start of the input. */
    private static final Pattern DECODER = Pattern.compile("(.+?),? at char #\\d+, byte #\\d+\\)?", Pattern.DOTALL);
    private static final String TRAILING = "Unexpected content after the end of the document";

    private Problems() {
    }

    private static ReadFailure at(String problem, List<String> expected, String path, String pointer, long position,
            Throwable cause) {
        return new ReadFailure(problem, expected, path, pointer, position, cause, null);
    }

    private static ReadFailure here(TokenReader in, int up, String problem, List<String> expected, long position,
            Throwable cause) {
        return at(problem, expected, Paths.path(in, up), Paths.pointer(in, up), position, cause);
    }

    // ---- values

    /**
     * Returns the error for a value of the wrong type or form, e.g.
     * {@code Invalid value for total: 1.5 (expected an integer from -2147483648 to 2147483647)}; for
     * {@code null}, the error for a missing value or a null element instead.
     *
     * @param in        the reader, on the value, not null
     * @param field     the field, null at the root
     * @param rule      what was expected, not null
     * @param expected  the values accepted, not null
     * @return the error, not null
     */
    static ReadFailure invalid(TokenReader in, String field, String rule, List<String> expected) {
        if (in.current() == Token.NULL && field != null) {
            return nullValue(in, field);
        }
        String value = render(in);
        String problem = field == null
                ? "Invalid value: " + value + " (" + rule + ")"
                : PeacekeepingException.message(field, value, rule);
        return here(in, 0, problem, expected, in.position(), null);
    }

    /**
     * Returns the error for null where a value is required, or for a null element of an array.
     *
     * @param in     the reader, on the null, not null
     * @param field  the field, not null
     * @return the error, not null
     */
    static ReadFailure nullValue(TokenReader in, String field) {
        boolean element = in.depth() > 0 && in.inArray(in.depth());
        String problem = PeacekeepingException.message(field, element ? "null element" : null,
                element ? "elements must not be null" : "required");
        return here(in, 0, problem, List.of(), in.position(), null);
    }

    /**
     * Returns the error for a string that names no constant, e.g. {@code Unknown value "X" for region}.
     *
     * @param in        the reader, on the string, not null
     * @param field     the field, null at the root
     * @param expected  the constants accepted, not null
     * @return the error, not null
     */
    static ReadFailure unknownValue(TokenReader in, String field, List<String> expected) {
        return unknownValue(in, field, text(in), expected);
    }

    static ReadFailure unknownValue(TokenReader in, String field, String value, List<String> expected) {
        String problem = "Unknown value " + Messages.quote(value) + (field == null ? "" : " for " + field);
        return here(in, 0, problem, expected, in.position(), null);
    }

    /**
     * Returns the error for a value the model refused outright, such as an unknown country code.
     *
     * @param in     the reader, on the value, not null
     * @param field  the field the value was read from, null at the root
     * @param e      the model's exception, not null
     * @return the error, not null
     */
    static ReadFailure refusedValue(TokenReader in, String field, PeacekeepingException e) {
        // CountryCode.of does not know whether its code is a host, a contributor or a nationality.
        return refusedValue(in, field, e, FieldNames.COUNTRY_CODE.equals(e.field()));
    }

    /**
     * Returns the error for a value the model refused outright, named after the field it was read from
     * when {@code relabel}: a type's {@code parse} names the value by its type, not by the field.
     */
    static ReadFailure refusedValue(TokenReader in, String field, PeacekeepingException e, boolean relabel) {
        return here(in, 0, Messages.model(e, relabel ? field : null), List.of(), in.position(), e);
    }

    /**
     * Returns the error for a string that is not Unicode text: a surrogate without its pair.
     *
     * @param in     the reader, on the string, not null
     * @param field  the field, null at the root
     * @return the error, not null
     */
    static ReadFailure loneSurrogate(TokenReader in, String field) {
        String value = render(in);
        String rule = "a surrogate without its pair is not Unicode text";
        String problem = field == null ? "Invalid value: " + value + " (" + rule + ")"
                : PeacekeepingException.message(field, value, rule);
        return here(in, 0, problem, List.of(), in.position(), null);
    }

    // ---- fields of an object

    /**
     * Returns the error for an unknown field, at the path of its object and the position of its name.
     *
     * @param in     the reader, on the field name, not null
     * @param known  the fields of the object, not null
     * @return the error, not null
     */
    static ReadFailure unknownField(TokenReader in, List<String> known) {
        return unknownField(in, known, in.position());
    }

    static ReadFailure unknownField(TokenReader in, List<String> known, long position) {
        return here(in, 1, "Unknown field " + Messages.quote(in.name(in.depth())), known, position, null);
    }

    /**
     * Returns the error for a field given twice in one object.
     *
     * @param in  the reader, on the second name, not null
     * @return the error, not null
     */
    static ReadFailure duplicateField(TokenReader in) {
        return here(in, 1, "Duplicate field " + Messages.quote(in.name(in.depth())), List.of(), in.position(), null);
    }

    /**
     * Returns the error for required fields missing from an object.
     *
     * @param in           the reader, on the object's end, not null
     * @param objectStart  the position of the object's start
     * @param fields       the missing fields, in the order of the format
     * @return the error, not null
     */
    static ReadFailure missing(TokenReader in, long objectStart, List<String> fields) {
        return here(in, 0, PeacekeepingException.message(String.join(", ", fields), null, "required"), List.of(),
                objectStart, null);
    }

    /**
     * Returns the error for an object that the model refused when it was built: at the value of the
     * field that the model names, where the object had it, and at the object otherwise.
     *
     * @param in           the reader, on the object's end, not null
     * @param e            the model's exception, not null
     * @param fieldAt      the position of the named field's value, or {@link Positions#NOT_SEEN}
     * @param objectStart  the position of the object's start
     * @return the error, not null
     */
    static ReadFailure refused(TokenReader in, PeacekeepingException e, long fieldAt, long objectStart) {
        String path = Paths.path(in, 0);
        String pointer = Paths.pointer(in, 0);
        if (fieldAt != Positions.NOT_SEEN) {
            return at(Messages.model(e, null), List.of(), Paths.child(path, e.field()),
                    Paths.childPointer(pointer, e.field()), fieldAt, e);
        }
        return at(Messages.model(e, null), List.of(), path, pointer, objectStart, e);
    }

    /**
     * Returns the error for an object of the model that the format writes but does not read.
     *
     * @param in      the reader, on the object's start, not null
     * @param type    the object's type, not null
     * @param reason  why it is not read, not null
     * @param start   the position of the object's start
     * @return the error, not null
     */
    static ReadFailure refusedObject(TokenReader in, Class<?> type, String reason, long start) {
        return here(in, 0, "Invalid value: {...} (" + type.getSimpleName() + " " + reason + ")", List.of(), start, null);
    }

    // ---- the document as a whole

    /**
     * Returns the error for content after the end of the document.
     *
     * @param position  where the content starts
     * @param cause     the parser's error if the content is not even a token, or null
     * @return the error, not null
     */
    public static ReadFailure trailing(long position, Throwable cause) {
        return at(TRAILING, List.of(), Paths.ROOT, "", position, cause);
    }

    /**
     * Returns the error for input that ends before a document starts.
     *
     * @param in  the reader, not null
     * @return the error, not null
     */
    public static ReadFailure noContent(TokenReader in) {
        return at("Unexpected end of input: no document", List.of(), Paths.ROOT, "", in.location(), null);
    }

    /**
     * Returns an error of a JSON Lines file whose records are not one a line.
     *
     * @param problem   what is wrong, not null
     * @param position  the position of the offending token
     * @return the error, not null
     */
    static ReadFailure layout(String problem, long position) {
        return at(problem, List.of(), Paths.ROOT, "", position, null);
    }

    /**
     * Converts an error of a binding's parser: malformed JSON, truncated input, a limit, a duplicate
     * field found by the parser.
     *
     * @param kind      what the parser found, not null
     * @param message   the parser's message, may be null
     * @param location  where it found it, {@link Positions#UNKNOWN} if it does not say
     * @param in        the reader of the parser, for the path, not null
     * @param cause     the parser's exception, not null
     * @return the error, not null
     */
    public static ReadFailure parser(ParserError kind, String message, long location, TokenReader in,
            Throwable cause) {
        String original = message == null ? "" : message;
        long at = location != Positions.UNKNOWN ? location : in.location();
        String problem;
        int up = 0;
        switch (kind) {
            case END_OF_INPUT:
                problem = "Unexpected end of input";
                break;
            case LIMIT:
                // At the start of the token over the limit, where the parser knows it.
                at = Positions.column(in.position()) > 0 ? in.position() : at;
                Matcher limit = LIMIT.matcher(original);
                problem = limit.matches()
                        ? limit.group(1) + " " + limit.group(2) + " exceeds the limit of " + limit.group(3)
                        : firstLine(original);
                break;
            case DUPLICATE:
                Matcher duplicate = DUPLICATE.matcher(original);
                problem = "Duplicate field " + Messages.quote(duplicate.find() ? duplicate.group(1) : in.name(in.depth()));
                up = 1;
                break;
            default:
                problem = firstLine(original);
        }
        return new ReadFailure(problem, List.of(), Paths.path(in, up), Paths.pointer(in, up), at, cause, kind);
    }

    /**
     * Returns the error for what the parser found after the end of the document: a limit stays itself
     * (a valid document followed by too many spaces is over the length limit), anything else is content
     * after the document.
     *
     * @param e  the parser's error, not null
     * @return the error, not null
     */
    static ReadFailure afterDocument(ReadFailure e) {
        return e.kind() == null || e.kind() == ParserError.LIMIT ? e : trailing(e.position(), e.getCause());
    }

    /**
     * Converts an error of the decoding of bytes into characters, an error of the input such as
     * invalid UTF-8: the decoders of {@link Encodings} give the line and column of the invalid
     * character; Jackson's own give none, and the error is at the parser's location.
     *
     * @param e   the error, not null
     * @param in  the reader, not null
     * @return the error, not null
     */
    public static ReadFailure undecodable(CharConversionException e, TokenReader in) {
        if (e instanceof Encodings.InvalidText) {
            Encodings.InvalidText invalid = (Encodings.InvalidText) e;
            return here(in, 0, e.getMessage(), List.of(), Positions.of(invalid.line, invalid.column), e);
        }
        String original = e.getMessage() == null ? "Invalid character encoding" : e.getMessage();
        Matcher decoder = DECODER.matcher(original);
        return here(in, 0, decoder.matches() ? decoder.group(1) : firstLine(original), List.of(), in.location(), e);
    }

    /**
     * Converts an error of the detection of the encoding of bytes, at the start of the input.
     *
     * @param e  the error, not null
     * @return the error, not null
     */
    public static ReadFailure undetectable(CharConversionException e) {
        String original = e.getMessage() == null ? "Unknown character encoding" : e.getMessage();
        return at(firstLine(original), List.of(), Paths.ROOT, "", Positions.of(1, 1), e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // ---- values in messages

    private static String text(TokenReader in) {
        try {
            return in.text();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Renders the current token: strings quoted, numbers and literals as written, arrays and objects elided. */
    static String render(TokenReader in) {
        Token token = in.current();
        if (token == Token.START_ARRAY) {
            return "[...]";
        }
        if (token == Token.START_OBJECT) {
            return "{...}";
        }
        if (token == Token.STRING) {
            return Messages.quote(text(in));
        }
        return Messages.cut(text(in));
    }
}
