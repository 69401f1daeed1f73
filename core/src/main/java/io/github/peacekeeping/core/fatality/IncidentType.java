package io.github.peacekeeping.core.fatality;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.Arrays;
import java.util.List;

/**
 * The type of incident that caused a death, as the UN's fatality file records it in its column
 * {@code type_of_incident}. The release of 2025 ({@code DPPADPOSS-FATALITIES}) counts Illness 1,643,
 * Accident 1,412, Malicious Act 1,134, Self-Inflicted 148, To Be Determined 60 and Unknown 32; the release
 * of 2021 ({@code odp_noticas}) has the same six labels.
 *
 * <p>"Other/Under Review", which some descriptions of the data set name, is in neither file and is not a
 * constant. {@link #TO_BE_DETERMINED} is provisional: between the two releases, for the same casualty, 53
 * deaths went from To Be Determined to Illness, 7 to Accident, 6 to Self-Inflicted, 6 to Malicious Act and
 * 10 to Unknown, and 13 from Unknown to Illness. Counts of a year change with the release they come from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IncidentType {
    /** A deliberate act of violence. */
    MALICIOUS_ACT("Malicious Act"),
    /** An accident, on the road, in the air or elsewhere. */
    ACCIDENT("Accident"),
    /** Illness. */
    ILLNESS("Illness"),
    /** Suicide. */
    SELF_INFLICTED("Self-Inflicted"),
    /** Not yet determined when the file was published: the UN may reclassify it in a later release. */
    TO_BE_DETERMINED("To Be Determined"),
    /** Unknown, as the UN records it. */
    UNKNOWN("Unknown");

    private static final List<String> LABELS = Arrays.stream(values()).map(IncidentType::label).toList();

    private final String label;

    IncidentType(String label) {
        this.label = label;
    }

    /**
     * Returns the UN's label, e.g. "Malicious Act".
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Obtains the type for a label of the UN's fatality file. Case, surrounding blanks and repeated blanks
     * are not significant.
     *
     * @param label  the label, not null
     * @return the type, not null
     * @throws PeacekeepingException if the label is not one of the UN's; the message quotes it
     */
    public static IncidentType fromUnLabel(String label) {
        if (label == null) {
            throw new MissingValueException(FieldNames.INCIDENT_TYPE);
        }
        String key = Labels.key(label);
        for (IncidentType type : values()) {
            if (Labels.key(type.label).equals(key)) {
                return type;
            }
        }
        throw new PeacekeepingException(FieldNames.INCIDENT_TYPE, label,
                "not a type of incident of the UN's fatality file: expected one of " + LABELS);
    }
}
