package io.github.peacekeeping.core;

import java.util.List;

/**
 * Thrown when a required value of the model is missing: never given to a builder, or given as null.
 * Its message reads {@code Missing value for <field> (required)}, with the JSON names of the fields;
 * a null element of a list reads {@code Invalid value for hosts: null element (elements must not be null)}.
 *
 * <p>The builders of the model throw it; its constructors follow the conventions of the Immutables
 * annotation processor that generates them.
 */
public final class MissingValueException extends PeacekeepingException {

    private static final long serialVersionUID = 1L;

    private static final String ELEMENT = " element";
    private static final String REQUIRED = "required";
    private static final String NO_NULL_ELEMENT = "elements must not be null";

    /** The JSON names of the missing fields, in declaration order. */
    @SuppressWarnings("serial") // always made by List.of, whose lists are serializable
    private final List<String> fields;

    /**
     * Constructs an exception for a null given where a value is required.
     *
     * @param field  the JSON name of the field; {@code "hosts element"} stands for a null element
     *               of the list {@code hosts}; not null
     */
    public MissingValueException(String field) {
        this(List.of(fieldOf(field)), field.endsWith(ELEMENT) ? "null element" : null,
                field.endsWith(ELEMENT) ? NO_NULL_ELEMENT : REQUIRED);
    }

    /**
     * Constructs an exception for required values never given to a builder.
     *
     * @param fields  the JSON names of the missing fields, not null and not empty
     */
    public MissingValueException(String... fields) {
        this(List.of(fields), null, REQUIRED);
    }

    private MissingValueException(List<String> fields, String value, String rule) {
        super(fields.isEmpty() ? "" : fields.get(0), value, rule,
                message(value == null ? String.join(", ", fields) : fields.get(0), value, rule));
        this.fields = fields;
    }

    private static String fieldOf(String name) {
        return name.endsWith(ELEMENT) ? name.substring(0, name.length() - ELEMENT.length()) : name;
    }

    /**
     * Returns the JSON names of every missing field, in declaration order; {@link #field()} is the first.
     *
     * @return the field names, not empty, unmodifiable
     */
    public List<String> fields() {
        return fields;
    }
}
