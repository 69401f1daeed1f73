package io.github.peacekeeping.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every finding of a validation, in the order of the rules and, within a rule, of the document.
 * A mission is valid when no finding is an ERROR.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /**
     * Obtains a report of the given findings.
     *
     * @param findings  the findings, not null, no null element
     * @return the report, not null
     */
    public static ValidationReport of(List<Finding> findings) {
        return new ValidationReport(findings);
    }

    /**
     * Returns every finding.
     *
     * @return the findings, unmodifiable, possibly empty
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity  the severity, not null
     * @return the findings, unmodifiable, possibly empty
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the findings of one rule.
     *
     * @param code  the rule's code, e.g. {@code "PK104"}, not null
     * @return the findings, unmodifiable, possibly empty
     */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Checks whether the mission is valid: no finding is an ERROR.
     *
     * @return true if no ERROR was found
     */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ValidationReport && findings.equals(((ValidationReport) other).findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * Returns one line per finding, {@code SEVERITY CODE PATH: message}, or {@code no findings}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return findings.isEmpty() ? "no findings"
                : findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
