package io.github.peacekeeping.json.internal;

/**
 * The kinds of JSON token that the format reads. Each binding maps its Jackson's tokens to these, so
 * that the description of the format depends on no Jackson.
 */
public enum Token {
    /** {@code {}}. */
    START_OBJECT,
    /** {@code }}. */
    END_OBJECT,
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** A field name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL;

    /**
     * Tells whether the token is a scalar value.
     *
     * @return true for strings, numbers, booleans and null
     */
    public boolean isScalar() {
        return ordinal() >= STRING.ordinal();
    }
}
