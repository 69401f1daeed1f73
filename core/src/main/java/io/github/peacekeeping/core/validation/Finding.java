package io.github.peacekeeping.core.validation;

import java.util.Objects;

/**
 * One thing a {@link Rule} found in a mission: its severity, the rule and its code, where (a JSON
 * Pointer over the wire format's field names, e.g. {@code /mandates/3/resolution/vote}) and a message
 * that names the values involved.
 *
 * <p>A finding is one line of text whatever the data holds, so that a report printed one finding a line
 * cannot be forged by a value (an appointee's name with a line break would otherwise print a line that
 * looks like a finding of its own). Its path and message keep every character except those that break a
 * line or do not show: line feed, carriage return and tab are written {@code \n}, {@code \r} and
 * {@code \t}, and every other control character (U+0000 to U+001F, U+007F to U+009F, among them the
 * vertical tab, the form feed and NEL, U+0085) and the line and paragraph separators U+2028 and U+2029 as
 * <code>&#92;uXXXX</code> with four lower-case hexadecimal digits, as JSON escapes them. A backslash
 * already in the text is kept as it is, so the escapes are for reading, not to be undone.
 *
 * <p>Two findings are equal when their rule codes, severities, paths and messages are.
 * This class is immutable and thread-safe.
 */
public final class Finding {

    private final Rule rule;
    private final Severity severity;
    private final String path;
    private final String message;

    private Finding(Rule rule, Severity severity, String path, String message) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = oneLine(Objects.requireNonNull(path, "path"));
        this.message = oneLine(Objects.requireNonNull(message, "message"));
    }

    /** The text with what would break or hide part of a line escaped, as the class comment says. */
    private static String oneLine(String text) {
        int first = 0;
        while (first < text.length() && !breaksLine(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else if (breaksLine(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean breaksLine(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }

    /**
     * Obtains a finding with the rule's own severity.
     *
     * @param rule     the rule that found it, not null
     * @param path     the JSON Pointer of the offending value, e.g. {@code /mandates/3/expires}, not null
     * @param message  what is wrong, naming the values involved, not null; characters that would break the
     *                 line are escaped (see the class comment)
     * @return the finding, not null
     * @throws NullPointerException if an argument is null (a programming error in a rule)
     */
    public static Finding of(Rule rule, String path, String message) {
        return new Finding(rule, rule.severity(), path, message);
    }

    /**
     * Obtains a finding with a severity of its own.
     *
     * @param rule      the rule that found it, not null
     * @param severity  the severity, not null
     * @param path      the JSON Pointer of the offending value, not null
     * @param message   what is wrong, naming the values involved, not null; characters that would break the
     *                  line are escaped (see the class comment)
     * @return the finding, not null
     * @throws NullPointerException if an argument is null (a programming error in a rule)
     */
    public static Finding of(Rule rule, Severity severity, String path, String message) {
        return new Finding(rule, severity, path, message);
    }

    /**
     * Returns the rule that found this.
     *
     * @return the rule, not null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Returns the stable code of the rule, e.g. {@code "PK112"}.
     *
     * @return the code, not null
     */
    public String code() {
        return rule.code();
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value in the wire format, e.g.
     * {@code /mandates/5/tasks}; the empty string stands for the whole mission.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns what is wrong, naming the values involved, on one line.
     *
     * @return the message, not null, without line breaks or other control characters
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding that = (Finding) other;
        return code().equals(that.code()) && severity == that.severity
                && path.equals(that.path) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code(), severity, path, message);
    }

    /**
     * Returns the finding as one line, {@code SEVERITY CODE PATH: message}, e.g.
     * {@code WARNING PK112 /mandates/5/tasks: ...}; it holds no line break whatever the data held.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return severity + " " + code() + " " + path + ": " + message;
    }
}
