package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates the links between missions ({@link SuccessionRule}, PK125 and PK126): that a successor was not
 * established before its predecessor, and that linked missions agree on their links and hand-over days.
 * {@code SuccessionValidator.validate(List.of(unavemI, unavemII, unavemIII, monua))}. The rules need only the
 * missions' acronyms, establishing days and links, so they check a list of operations known by their
 * {@link MissionProfile profiles} alike ({@link #validateProfiles(List)}).
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

    /**
     * Checks the links between missions known by their profiles (a list of operations without their
     * decisions) against the succession rules: the findings {@link #validate(List)} gives for the missions
     * of those profiles.
     *
     * @param profiles  the profiles, not null, no null element; a link to a mission not among them is not
     *                  checked
     * @return the report of every finding, paths starting with the index of the profile in the list, not null
     */
    public static ValidationReport validateProfiles(List<MissionProfile> profiles) {
        Objects.requireNonNull(profiles, "profiles");
        List<Finding> findings = new ArrayList<>();
        for (SuccessionRule rule : SuccessionRule.values()) {
            rule.checkProfiles(profiles, findings::add);
        }
        return ValidationReport.of(findings);
    }
}
