package io.github.peacekeeping.core.validation;

import java.util.Objects;

/**
 * One thing a {@link Rule} found in a mission: its severity, the rule and its code, where (a JSON
 * Pointer over the wire format's field names, e.g. {@code /mandates/3/resolution/vote}) and a message
 * that names the values involved.
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
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains a finding with the rule's own severity.
     *
     * @param rule     the rule that found it, not null
     * @param path     the JSON Pointer of the offending value, e.g. {@code /mandates/3/expires}, not null
     * @param message  what is wrong, naming the values involved, not null
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
     * @param message   what is wrong, naming the values involved, not null
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
     * Returns what is wrong, naming the values involved.
     *
     * @return the message, not null
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
     * {@code WARNING PK112 /mandates/5/tasks: ...}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return severity + " " + code() + " " + path + ": " + message;
    }
}
