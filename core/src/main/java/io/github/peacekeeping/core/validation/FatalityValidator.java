package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a mission's fatality records against the mission ({@link FatalityRule}, PK127 to PK130):
 * deaths dated before the mission or after it, nationalities named out of their time, casualties recorded
 * twice. {@code FatalityValidator.validate(unamir, records)} checks the records whose mission is UNAMIR and
 * leaves the others, so one file's records can be validated against each of its missions.
 *
 * <p>It never throws on a mission and records the model built, and reports every finding. This class is
 * immutable and thread-safe.
 */
public final class FatalityValidator {

    private FatalityValidator() {
    }

    /**
     * Checks the records of a mission against the fatality rules.
     *
     * @param mission     the mission, not null
     * @param fatalities  the records, not null, no null element; those of other missions are not checked
     * @return the report of every finding, paths starting with the index of the record in the list, not null
     */
    public static ValidationReport validate(Mission mission, List<Fatality> fatalities) {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(fatalities, "fatalities");
        List<Finding> findings = new ArrayList<>();
        for (FatalityRule rule : FatalityRule.values()) {
            rule.check(mission, fatalities, findings::add);
        }
        return ValidationReport.of(findings);
    }
}
