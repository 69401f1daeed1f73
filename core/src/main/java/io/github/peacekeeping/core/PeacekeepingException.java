package io.github.peacekeeping.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value of the model would be inconsistent: a blank name, a negative count, more women
 * than personnel, a period that ends before it starts, an unknown country code.
 *
 * <p>This is the one unchecked exception of the model. Its message follows one template,
 * {@code Invalid value for <field>: <value> (<rule>)}, for example
 * {@code Invalid value for female: 12 (must not exceed total 10)}; the field is named as in the JSON
 * wire format (see {@link FieldNames}) and text values are quoted, so that blank and padded text
 * shows. A required value that is missing is reported by the subclass {@link MissingValueException}.
 *
 * <p>Instances are not meant to be shared between threads while they are being thrown, like every
 * exception; their state never changes after construction.
 */
public class PeacekeepingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON name of the field that holds the invalid value. */
    private final String field;
    /** The value as the message shows it; null for a missing value. */
    private final String value;
    /** The rule the value breaks. */
    private final String rule;

    /**
     * Constructs an exception for an invalid value.
     *
     * @param field  the JSON name of the field, not null
     * @param value  the invalid value, may be null
     * @param rule   the rule the value breaks, e.g. {@code "must not be blank"}, not null
     */
    public PeacekeepingException(String field, Object value, String rule) {
        this(field, render(value), rule, message(field, render(value), rule));
    }

    /**
     * Constructs an exception with a complete message, for subclasses.
     *
     * @param field    the JSON name of the field, not null
     * @param value    the value as the message shows it, null for a missing value
     * @param rule     the rule the value breaks, not null
     * @param message  the complete message, not null
     */
    protected PeacekeepingException(String field, String value, String rule, String message) {
        super(message);
        this.field = Objects.requireNonNullElse(field, "");
        this.value = value;
        this.rule = Objects.requireNonNullElse(rule, "");
    }

    /**
     * Returns the JSON name of the field that holds the invalid or missing value, e.g. {@code "female"}.
     *
     * @return the field name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the invalid value as the message shows it: text in double quotes, anything else as its
     * {@code toString()}.
     *
     * @return the rendered value, empty for a missing value
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the rule the value breaks, e.g. {@code "must not exceed total 10"} or {@code "required"}.
     *
     * @return the rule, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the same error for a value read from another field: {@code CountryCode.of} does not know
     * whether its code is a host, a contributor or a nationality, and its reader does.
     *
     * @param otherField  the JSON name of the field the value came from, not null
     * @return an exception with this one's value and rule, the other field, and this one as its cause
     */
    public PeacekeepingException forField(String otherField) {
        PeacekeepingException renamed = new PeacekeepingException(otherField, value, rule,
                message(otherField, value, rule));
        renamed.initCause(this);
        return renamed;
    }

    /**
     * Returns the message of every error of the model: {@code Invalid value for <field>: <value> (<rule>)},
     * or {@code Missing value for <field> (<rule>)} when there is no value. Public so that the JSON
     * bindings word their errors with the same template rather than a copy of it.
     *
     * @param field  the JSON name of the field, or of the fields joined by ", ", not null
     * @param value  the value as the message shows it (text already quoted), null for a missing value
     * @param rule   the rule the value breaks, not null
     * @return the message, not null
     */
    public static String message(String field, String value, String rule) {
        return value == null
                ? "Missing value for " + field + " (" + rule + ")"
                : "Invalid value for " + field + ": " + value + " (" + rule + ")";
    }

    /**
     * Renders a value for an error message: text in double quotes with JSON escapes, so that empty,
     * blank and padded text can be told apart, and everything else as its {@code toString()}.
     */
    static String render(Object value) {
        if (!(value instanceof CharSequence)) {
            return String.valueOf(value);
        }
        CharSequence text = (CharSequence) value;
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        return quoted.append('"').toString();
    }
}
