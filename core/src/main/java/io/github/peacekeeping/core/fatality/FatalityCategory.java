package io.github.peacekeeping.core.fatality;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.Arrays;
import java.util.List;

/**
 * The category of personnel a casualty belonged to, as the UN's fatality file records it in its column
 * {@code casualty_personnel_type}. The labels are the same in the release of 2021 ({@code odp_noticas},
 * 4,117 rows) and in that of 2025 ({@code DPPADPOSS-FATALITIES}, 4,429 rows), where the counts are Military
 * 3,036, Local 557, International Civilian 351, Police 314, Military Observer 97 and Other 74. Both files
 * write "Local" with a trailing blank, which {@link #fromUnLabel(String)} ignores.
 *
 * <p>These categories are not the contribution files' {@link io.github.peacekeeping.core.PersonnelCategory}:
 * the fatality file keeps military observers apart, counts civilians, and has no staff officers or formed
 * police units.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FatalityCategory {
    /** Military personnel other than military observers, as the file labels them "Military". */
    MILITARY("Military"),
    /** Military observers. */
    MILITARY_OBSERVER("Military Observer"),
    /** Police, as the file labels them, without the split into individual officers and formed units. */
    POLICE("Police"),
    /** International civilian staff. */
    INTERNATIONAL_CIVILIAN("International Civilian"),
    /**
     * Local staff, recorded with the territory they come from as nationality: "Timor-Leste" for staff of
     * UNTAET before 2002, "Namibia" for staff of UNTAG before independence.
     */
    LOCAL("Local"),
    /** Other personnel, as the file labels them "Other". */
    OTHER("Other");

    private static final List<String> LABELS = Arrays.stream(values()).map(FatalityCategory::label).toList();

    private final String label;

    FatalityCategory(String label) {
        this.label = label;
    }

    /**
     * Returns the UN's label, e.g. "Military Observer".
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Obtains the category for a label of the UN's fatality file. Case, surrounding blanks and repeated
     * blanks are not significant: the file's {@code "Local "} is {@link #LOCAL}.
     *
     * @param label  the label, not null
     * @return the category, not null
     * @throws PeacekeepingException if the label is not one of the UN's; the message quotes it
     */
    public static FatalityCategory fromUnLabel(String label) {
        if (label == null) {
            throw new MissingValueException(FieldNames.CATEGORY);
        }
        String key = Labels.key(label);
        for (FatalityCategory category : values()) {
            if (Labels.key(category.label).equals(key)) {
                return category;
            }
        }
        throw new PeacekeepingException(FieldNames.CATEGORY, label,
                "not a personnel type of the UN's fatality file: expected one of " + LABELS);
    }
}
