package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates the links between missions ({@link SuccessionRule}, PK125 and PK126): that a successor was not
 * established before its predecessor, and that linked missions agree on their links and hand-over days.
 * {@code SuccessionValidator.validate(List.of(unavemI, unavemII, unavemIII, monua))}.
 *
 * <p>It never throws on missions the model built, and reports every finding. This class is immutable and
 * thread-safe.
 */
public final class SuccessionValidator {

    private SuccessionValidator() {
    }

    /**
     * Checks the links between the given missions against the succession rules.
     *
     * @param missions  the missions, not null, no null element; a link to a mission not among them is not
     *                  checked
     * @return the report of every finding, paths starting with the index of the mission in the list, not null
     */
    public static ValidationReport validate(List<Mission> missions) {
        Objects.requireNonNull(missions, "missions");
        List<Finding> findings = new ArrayList<>();
        for (SuccessionRule rule : SuccessionRule.values()) {
            rule.check(missions, findings::add);
        }
        return ValidationReport.of(findings);
    }
}
