package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import java.util.function.Consumer;

/**
 * A check of a mission that reports findings instead of throwing. The standard rules are the
 * constants of {@link StandardRule}; users add their own by implementing this interface and adding
 * them to a {@link RuleSet}:
 *
 * <pre>{@code
 * Rule namedHeads = new Rule() {
 *     public String code() { return "ACME1"; }
 *     public Severity severity() { return Severity.WARNING; }
 *     public String description() { return "a mission without a head of mission"; }
 *     public void check(Mission mission, Consumer<? super Finding> findings) {
 *         if (mission.leadership().stream().noneMatch(a -> a.role() == LeadershipRole.HEAD_OF_MISSION)) {
 *             findings.accept(Finding.of(this, "/leadership", "no head of mission is recorded"));
 *         }
 *     }
 * };
 * ValidationReport report = RuleSet.standard().with(namedHeads).validate(mission);
 * }</pre>
 *
 * <p>Implementations must be thread-safe: one rule may check many missions at once.
 */
public interface Rule {

    /**
     * Returns the stable code of this rule, e.g. {@code "PK104"}; unique within a {@link RuleSet}.
     *
     * @return the code, not blank
     */
    String code();

    /**
     * Returns the severity of this rule's findings.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Returns what this rule reports, in a few words, e.g. "a day of the mission's life is covered by
     * no mandate period".
     *
     * @return the description, not null
     */
    String description();

    /**
     * Checks a mission and reports every finding, in document order. A rule does not throw on a mission
     * that the model built.
     *
     * @param mission   the mission, not null
     * @param findings  receives each finding, not null
     */
    void check(Mission mission, Consumer<? super Finding> findings);
}
