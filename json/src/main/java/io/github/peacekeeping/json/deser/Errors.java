package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.CharConversionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds every {@link PeacekeepingJsonException} of the readers: the problem, the path and pointer
 * from the parser's context, the line and column from token positions. Token positions are packed into
 * a {@code long} (line in the high half, column in the low half) so that readers can remember where
 * each field's value began without allocating; {@link #NOT_SEEN} marks a field that was not read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Errors {

    /** The position of a field that was not read. */
    public static final long NOT_SEEN = 0L;
    /** The position of a token whose location the parser does not know. */
    static final long UNKNOWN = -1L;

    private static final int MAX_RENDERED = 60;
    private static final Pattern LIMIT = Pattern.compile(
            "(.+?) \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** Jackson's decoders end their messages with the position counted from the start of the input. */
    private static final Pattern DECODER = Pattern.compile("(.+?),? at char #\\d+, byte #\\d+\\)?", Pattern.DOTALL);
    private static final String ROOT = "$";

    private Errors() {
    }

    /**
     * Returns the position of the current token.
     *
     * @param p  the parser, not null
     * @return the packed line and column, {@code -1} if unknown, never {@link #NOT_SEEN}
     */
    public static long position(JsonParser p) {
        // Not ParserBase.getTokenColumnNr(): for values after a field name it counts one column too many.
        JsonLocation location = p.currentTokenLocation();
        return pack(location.getLineNr(), location.getColumnNr());
    }

    static long pack(int line, int column) {
        return line <= 0 ? UNKNOWN : ((long) line << 32) | (column & 0xffffffffL);
    }

    /**
     * Returns the line of a packed position.
     *
     * @param position  the position
     * @return the line, from 1, or -1 if unknown
     */
    public static int line(long position) {
        return position == UNKNOWN || position == NOT_SEEN ? -1 : (int) (position >>> 32);
    }

    static int column(long position) {
        return position == UNKNOWN || position == NOT_SEEN ? -1 : (int) position;
    }

    // ---- paths

    /** The dotted path of the context's current value: {@code mandates[3].resolution}, {@code $} at the root. */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain(context)) {
            if (c.inArray() && c.hasCurrentIndex()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.hasCurrentName()) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.length() == 0 ? ROOT : path.toString();
    }

    /** The JSON Pointer of the context's current value: {@code /mandates/3/resolution}, empty at the root. */
    static String pointer(JsonStreamContext context) {
        StringBuilder pointer = new StringBuilder();
        for (JsonStreamContext c : chain(context)) {
            if (c.inArray() && c.hasCurrentIndex()) {
                pointer.append('/').append(c.getCurrentIndex());
            } else if (c.inObject() && c.hasCurrentName()) {
                pointer.append('/').append(c.getCurrentName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    private static Deque<JsonStreamContext> chain(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.addFirst(c);
        }
        return chain;
    }

    private static String child(String path, String name) {
        return ROOT.equals(path) ? name : path + "." + name;
    }

    private static PeacekeepingJsonException at(String problem, List<String> expected, String path,
            String pointer, long position, Throwable cause) {
        return new PeacekeepingJsonException(problem, expected, path, pointer, line(position), column(position), cause);
    }

    /** An error about the current token, at the current token's path. */
    static PeacekeepingJsonException atToken(JsonParser p, String problem, List<String> expected, Throwable cause) {
        JsonStreamContext context = p.getParsingContext();
        return at(problem, expected, path(context), pointer(context), position(p), cause);
    }

    // ---- the errors of the readers

    /**
     * Returns the error for a value of the wrong type or form, e.g.
     * {@code Invalid value for total: 1.5 (expected an integer from -2147483648 to 2147483647)}.
     * For {@code null}, it returns the error for a missing value or a null element instead.
     */
    static PeacekeepingJsonException invalid(JsonParser p, String field, String rule, List<String> expected) {
        if (p.currentToken() == JsonToken.VALUE_NULL && field != null) {
            return nullValue(p, field);
        }
        String value = render(p);
        String problem = field == null
                ? "Invalid value: " + value + " (" + rule + ")"
                : "Invalid value for " + field + ": " + value + " (" + rule + ")";
        return atToken(p, problem, expected, null);
    }

    /** Returns the error for null where a value is required, or for a null element of an array. */
    static PeacekeepingJsonException nullValue(JsonParser p, String field) {
        String problem = p.getParsingContext().inArray()
                ? "Invalid value for " + field + ": null element (elements must not be null)"
                : "Missing value for " + field + " (required)";
        return atToken(p, problem, List.of(), null);
    }

    /** Returns the error for a string that names no constant, e.g. {@code Unknown value "X" for region}. */
    static PeacekeepingJsonException unknownValue(JsonParser p, String field, List<String> expected) {
        String problem = "Unknown value " + quote(text(p)) + (field == null ? "" : " for " + field);
        return atToken(p, problem, expected, null);
    }

    /** Returns the error for a value the model refused outright, e.g. an unknown country code. */
    static PeacekeepingJsonException refusedValue(JsonParser p, String field, PeacekeepingException e) {
        return atToken(p, relabel(e, field), List.of(), e);
    }

    /**
     * Returns the error for an unknown field, at the path of its object and the position of its name;
     * the current token is the field name.
     */
    static PeacekeepingJsonException unknownField(JsonParser p, List<String> known) {
        JsonStreamContext context = p.getParsingContext();
        return at("Unknown field " + quote(context.getCurrentName()), known, path(context.getParent()),
                pointer(context.getParent()), position(p), null);
    }

    /** Returns the error for a field given twice in one object; the current token is its second name. */
    static PeacekeepingJsonException duplicateField(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        return at("Duplicate field " + quote(context.getCurrentName()), List.of(), path(context.getParent()),
                pointer(context.getParent()), position(p), null);
    }

    /**
     * Returns the error for required fields missing from an object; the current token is the object's end.
     *
     * @param objectStart  the position of the object's start
     * @param fields       the missing fields, in the order of the wire format
     */
    static PeacekeepingJsonException missing(JsonParser p, long objectStart, List<String> fields) {
        JsonStreamContext context = p.getParsingContext();
        return at("Missing value for " + String.join(", ", fields) + " (required)", List.of(),
                path(context), pointer(context), objectStart, null);
    }

    /**
     * Returns the error for an object that the model refused when it was built; the current token is
     * the object's end. The error points at the value of the field that the model names, where the
     * object had that field, and at the object otherwise.
     *
     * @param fieldAt      the position of the value of the field named by {@code e.field()}, or
     *                     {@link #NOT_SEEN}
     * @param objectStart  the position of the object's start
     */
    static PeacekeepingJsonException refused(JsonParser p, PeacekeepingException e, long fieldAt, long objectStart) {
        JsonStreamContext context = p.getParsingContext();
        String path = path(context);
        String pointer = pointer(context);
        if (fieldAt != NOT_SEEN) {
            return at(e.getMessage(), List.of(), child(path, e.field()),
                    pointer + "/" + e.field(), fieldAt, e);
        }
        return at(e.getMessage(), List.of(), path, pointer, objectStart, e);
    }

    /**
     * Returns an error about a value inside the object that just ended, found only at its end: the
     * current token is the object's end, and the segments (field names and array indexes) lead from
     * the object to the value.
     */
    static PeacekeepingJsonException belowObject(JsonParser p, String problem, List<String> expected,
            long position, Object... segments) {
        JsonStreamContext context = p.getParsingContext();
        StringBuilder path = new StringBuilder(path(context));
        StringBuilder pointer = new StringBuilder(pointer(context));
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                path.append('[').append(segment).append(']');
            } else {
                if (ROOT.contentEquals(path)) {
                    path.setLength(0);
                } else {
                    path.append('.');
                }
                path.append(segment);
            }
            pointer.append('/').append(segment);
        }
        return at(problem, expected, path.toString(), pointer.toString(), position, null);
    }

    /** The model's message, with a generic field name replaced by the field the value was read from. */
    private static String relabel(PeacekeepingException e, String field) {
        return field != null && FieldNames.COUNTRY_CODE.equals(e.field()) ? e.forField(field).getMessage() : e.getMessage();
    }

    // ---- the errors of the document as a whole

    /**
     * Returns the error for content after the end of the document; the current token is that content.
     *
     * @param p  the parser, not null
     * @return the error, not null
     */
    public static PeacekeepingJsonException trailing(JsonParser p) {
        return at("Unexpected content after the end of the document", List.of(), ROOT, "", position(p), null);
    }

    /**
     * Returns the error for content after the end of the document that is not even a JSON token.
     *
     * @param p  the parser, not null
     * @param e  the parser's error, not null
     * @return the error, not null
     */
    public static PeacekeepingJsonException trailing(JsonParser p, JsonProcessingException e) {
        return at("Unexpected content after the end of the document", List.of(), ROOT, "",
                location(e.getLocation(), p), e);
    }

    /**
     * Returns the error for input that ends before a document starts.
     *
     * @param p  the parser, not null
     * @return the error, not null
     */
    public static PeacekeepingJsonException noContent(JsonParser p) {
        return at("Unexpected end of input: no document", List.of(), ROOT, "",
                location(p.currentLocation(), p), null);
    }

    /**
     * Returns an error of a JSON Lines file whose records are not one per line.
     *
     * @param p         the parser, not null
     * @param problem   what is wrong, not null
     * @param position  the position of the offending token
     * @return the error, not null
     */
    public static PeacekeepingJsonException layout(JsonParser p, String problem, long position) {
        return at(problem, List.of(), ROOT, "", position, null);
    }

    /**
     * Converts an error of Jackson's parser (malformed JSON, truncated input, invalid UTF-8, a
     * duplicate field, a limit of {@code StreamReadConstraints}) into the module's exception, with the
     * path of the parser's context. An error that already is one is returned as it is.
     *
     * @param e  the error, not null
     * @param p  the parser that was reading, not null
     * @return the converted error, not null
     */
    public static PeacekeepingJsonException convert(JsonProcessingException e, JsonParser p) {
        if (e instanceof PeacekeepingJsonException) {
            return (PeacekeepingJsonException) e;
        }
        JsonStreamContext context = p.getParsingContext();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return at("Unexpected end of input", List.of(), path(context), pointer(context),
                    location(e.getLocation(), p), e);
        }
        if (e instanceof StreamConstraintsException) {
            Matcher limit = LIMIT.matcher(original);
            String problem = limit.matches()
                    ? limit.group(1) + " " + limit.group(2) + " exceeds the limit of " + limit.group(3)
                    : firstLine(original);
            return at(problem, List.of(), path(context), pointer(context), position(p), e);
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            return at("Duplicate field " + quote(duplicate.group(1)), List.of(), path(context.getParent()),
                    pointer(context.getParent()), location(e.getLocation(), p), e);
        }
        return at(firstLine(original), List.of(), path(context), pointer(context), location(e.getLocation(), p), e);
    }

    /**
     * Converts an error of the decoding of bytes into characters into the module's exception: an error of
     * the input like invalid UTF-8, not a failure of the stream. The decoders of {@link Encodings} give
     * the line and column of the invalid character; Jackson's UTF-32 decoder, which reads for an
     * {@code ObjectMapper}, gives none, and the error is at the parser's current location.
     *
     * @param e  the error, not null
     * @param p  the parser that was reading, not null
     * @return the converted error, not null
     */
    public static PeacekeepingJsonException undecodable(CharConversionException e, JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if (e instanceof Encodings.InvalidText) {
            Encodings.InvalidText invalid = (Encodings.InvalidText) e;
            return at(e.getMessage(), List.of(), path(context), pointer(context), pack(invalid.line, invalid.column), e);
        }
        String original = e.getMessage() == null ? "Invalid character encoding" : e.getMessage();
        Matcher decoder = DECODER.matcher(original);
        return at(decoder.matches() ? decoder.group(1) : firstLine(original), List.of(), path(context),
                pointer(context), location(p.currentLocation(), p), e);
    }

    /**
     * Converts an error of the detection of the encoding of bytes, such as UCS-4 in an unusual byte
     * order, into the module's exception, at the start of the input.
     *
     * @param e  the error, not null
     * @return the converted error, not null
     */
    public static PeacekeepingJsonException undetectable(CharConversionException e) {
        String original = e.getMessage() == null ? "Unknown character encoding" : e.getMessage();
        return at(firstLine(original), List.of(), ROOT, "", pack(1, 1), e);
    }

    private static long location(JsonLocation location, JsonParser p) {
        JsonLocation where = location != null ? location : p.currentLocation();
        return pack(where.getLineNr(), where.getColumnNr());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // ---- values in messages

    private static String text(JsonParser p) {
        try {
            return p.getText();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Renders the current token: strings quoted, numbers and literals as written, arrays and objects elided. */
    static String render(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return "[...]";
        }
        if (token == JsonToken.START_OBJECT) {
            return "{...}";
        }
        if (token == JsonToken.VALUE_STRING) {
            return quote(text(p));
        }
        String text = text(p);
        return text.length() > MAX_RENDERED ? text.substring(0, MAX_RENDERED) + "..." : text;
    }

    /**
     * Quotes text as the model's messages do, with JSON escapes, so that blank and padded text shows;
     * long text is cut, since a message must stay one readable line.
     */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        boolean cut = text.length() > MAX_RENDERED;
        String shown = cut ? text.substring(0, MAX_RENDERED) : text;
        StringBuilder quoted = new StringBuilder(shown.length() + 5).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\r': quoted.append("\\r"); break;
                case '\t': quoted.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append(cut ? "...\"" : "\"").toString();
    }
}
