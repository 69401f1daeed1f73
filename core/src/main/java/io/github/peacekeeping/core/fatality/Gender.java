package io.github.peacekeeping.core.fatality;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;

/**
 * A casualty's gender, as the UN's fatality file of 2025 records it in its column {@code gender}: "M"
 * (4,205 rows) or "F" (73); 151 rows leave it blank, and the release of 2021 has no such column.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Gender {
    /** Female, "F" in the file. */
    FEMALE("F"),
    /** Male, "M" in the file. */
    MALE("M");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /**
     * Returns the file's label, "F" or "M".
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Obtains the gender for the file's label, "F" or "M", surrounding blanks and case ignored.
     *
     * @param label  the label, not null
     * @return the gender, not null
     * @throws PeacekeepingException if the label is neither; a blank label is not a gender, which the caller
     *         records as absent
     */
    public static Gender fromUnLabel(String label) {
        if (label == null) {
            throw new MissingValueException(FieldNames.GENDER);
        }
        String key = Labels.key(label);
        for (Gender gender : values()) {
            if (Labels.key(gender.label).equals(key)) {
                return gender;
            }
        }
        throw new PeacekeepingException(FieldNames.GENDER, label, "expected F or M");
    }
}
