package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.List;

/**
 * Words every error message of the JSON bindings, reading and writing: one template,
 * {@code <problem> at <path> (line <line>, column <column>)[; expected one of: ...]}, whose problem is
 * core's own ({@link PeacekeepingException#message}) wherever a value is at fault.
 *
 * <p>A message is one line whatever the input holds: line breaks, other control characters, NEL,
 * U+2028, U+2029 and lone surrogates are escaped as {@code \}{@code uXXXX}, and a value or name is
 * echoed up to {@link Limits#MAX_ECHOED} characters, then {@code ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

    private static final String CUT = "...";

    private Messages() {
    }

    /**
     * Composes the message of a reading error.
     *
     * @param problem   what is wrong, not null
     * @param expected  the values that would have been accepted, not null, possibly empty
     * @param path      the dotted path of the offending value, not null
     * @param line      the line, from 1, or -1 if unknown
     * @param column    the column, from 1, or -1 if unknown
     * @return the message, one line, not null
     */
    public static String compose(String problem, List<String> expected, String path, int line, int column) {
        StringBuilder message = new StringBuilder(problem.length() + path.length() + 40).append(problem)
                .append(" at ").append(path);
        if (line > 0) {
            message.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        if (!expected.isEmpty()) {
            message.append("; expected one of: ").append(String.join(", ", expected));
        }
        return oneLine(message);
    }

    /**
     * Returns the model's message for a value it refused, its value cut as every echoed value is.
     *
     * @param e      the model's exception, not null
     * @param field  the field the value was read from, or null for the one the model names
     * @return the message, not null
     */
    public static String model(PeacekeepingException e, String field) {
        String name = field != null ? field
                : e instanceof MissingValueException ? String.join(", ", ((MissingValueException) e).fields())
                : e.field();
        return PeacekeepingException.message(name, e.value().map(Messages::cutRendered).orElse(null), e.rule());
    }

    /**
     * Quotes text with JSON escapes, so that blank and padded text shows, cut after
     * {@link Limits#MAX_ECHOED} characters.
     *
     * @param text  the text, may be null
     * @return the quoted text, or {@code null}
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        int shown = cutAt(text);
        StringBuilder quoted = new StringBuilder(shown + 8).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                default: escape(quoted, text, i);
            }
        }
        return quoted.append(shown < text.length() ? CUT + "\"" : "\"").toString();
    }

    /**
     * Cuts text shown as it is written, such as a number, after {@link Limits#MAX_ECHOED} characters.
     *
     * @param text  the text, not null
     * @return the text, or its start and {@code ...}
     */
    public static String cut(String text) {
        int shown = cutAt(text);
        return shown < text.length() ? text.substring(0, shown) + CUT : text;
    }

    /** Where to cut text: after the echoed characters, not between the two halves of a pair. */
    private static int cutAt(String text) {
        if (text.length() <= Limits.MAX_ECHOED) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(Limits.MAX_ECHOED - 1)) ? Limits.MAX_ECHOED - 1 : Limits.MAX_ECHOED;
    }

    /** Cuts a value that the model rendered (text in quotes, with escapes) without breaking an escape. */
    private static String cutRendered(String rendered) {
        if (!rendered.startsWith("\"") || rendered.length() < 2) {
            return cut(rendered);
        }
        int shown = 0;
        int i = 1;
        int end = rendered.length() - 1;
        while (i < end && shown < Limits.MAX_ECHOED) {
            i += rendered.charAt(i) != '\\' ? 1 : rendered.charAt(i + 1) == 'u' ? 6 : 2;
            shown++;
        }
        return i >= end ? rendered : rendered.substring(0, i) + CUT + "\"";
    }

    /**
     * Makes text one line: escapes what could break it or could not be written as Unicode.
     *
     * @param text  the text, not null
     * @return the text, with those characters escaped
     */
    public static String oneLine(CharSequence text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (breaksLine(c) || Character.isSurrogate(c) && !paired(text, i)) {
                if (line == null) {
                    line = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escape(line, text, i);
            } else if (line != null) {
                line.append(c);
            }
        }
        return line == null ? text.toString() : line.toString();
    }

    private static void escape(StringBuilder out, CharSequence text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                if (breaksLine(c) || Character.isSurrogate(c) && !paired(text, i)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
        }
    }

    /** Control characters (C0, DEL, C1 with NEL) and the Unicode line and paragraph separators. */
    private static boolean breaksLine(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }

    private static boolean paired(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
