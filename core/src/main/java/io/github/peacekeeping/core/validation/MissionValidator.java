package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;

/**
 * Validates missions against the standard rules: {@code MissionValidator.validate(mission)}.
 * It never throws on a mission that the model built, and it reports every finding, not the first.
 * For other rules, or more, use a {@link RuleSet}.
 *
 * <p>Its methods keep no state: they may be called from any thread, on missions shared between threads.
 */
public final class MissionValidator {

    private MissionValidator() {
    }

    /**
     * Checks a mission against the standard rules ({@link RuleSet#standard()}).
     *
     * @param mission  the mission, not null
     * @return the report of every finding, not null
     */
    public static ValidationReport validate(Mission mission) {
        return RuleSet.standard().validate(mission);
    }

    /**
     * Checks a mission against the given rules.
     *
     * @param mission  the mission, not null
     * @param rules    the rules, not null
     * @return the report of every finding, not null
     */
    public static ValidationReport validate(Mission mission, RuleSet rules) {
        return rules.validate(mission);
    }
}
