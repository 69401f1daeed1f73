package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered set of {@link Rule rules}, at most one per code, that validates missions. Rule sets
 * compose: start from {@link #standard()} or {@link #of(Rule...)}, add or replace rules with
 * {@link #with(Rule...)}, drop them with {@link #without(String...)}.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard()
 *         .with(StandardRule.mandateLapseAsOf(LocalDate.of(2026, 11, 28)))   // replaces PK104
 *         .without("PK112");
 * ValidationReport report = rules.validate(mission);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, as long as its rules are.
 */
public final class RuleSet {

    private static final RuleSet STANDARD = of(StandardRule.values());

    private final Map<String, Rule> rules;

    private RuleSet(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /**
     * Returns the standard rules, the constants of {@link StandardRule}, in the order of their codes.
     *
     * @return the standard rule set, not null
     */
    public static RuleSet standard() {
        return STANDARD;
    }

    /**
     * Obtains a rule set of the given rules, in order.
     *
     * @param rules  the rules, not null, no null element, no code twice
     * @return the rule set, not null
     * @throws IllegalArgumentException if two rules share a code
     */
    public static RuleSet of(Rule... rules) {
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Rule rule : rules) {
            Objects.requireNonNull(rule, "rule");
            if (byCode.putIfAbsent(rule.code(), rule) != null) {
                throw new IllegalArgumentException("Invalid value for rules: two rules have the code " + rule.code());
            }
        }
        return new RuleSet(byCode);
    }

    /**
     * Returns a rule set with the given rules added at the end, or put in the place of the rule with
     * the same code.
     *
     * @param added  the rules, not null, no null element
     * @return the new rule set, not null
     */
    public RuleSet with(Rule... added) {
        Map<String, Rule> byCode = new LinkedHashMap<>(rules);
        for (Rule rule : added) {
            Objects.requireNonNull(rule, "rule");
            byCode.put(rule.code(), rule);
        }
        return new RuleSet(byCode);
    }

    /**
     * Returns a rule set without the rules of the given codes; unknown codes are ignored.
     *
     * @param codes  the codes, not null
     * @return the new rule set, not null
     */
    public RuleSet without(String... codes) {
        Map<String, Rule> byCode = new LinkedHashMap<>(rules);
        byCode.keySet().removeAll(Arrays.asList(codes));
        return new RuleSet(byCode);
    }

    /**
     * Returns the rules, in order.
     *
     * @return the rules, unmodifiable
     */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Checks a mission against every rule and reports every finding.
     *
     * @param mission  the mission, not null
     * @return the report, not null
     */
    public ValidationReport validate(Mission mission) {
        Objects.requireNonNull(mission, "mission");
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.values()) {
            rule.check(mission, findings::add);
        }
        return ValidationReport.of(findings);
    }

    /**
     * Returns the codes of the rules, e.g. {@code RuleSet[PK101, PK102, ...]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RuleSet" + rules.keySet();
    }
}
