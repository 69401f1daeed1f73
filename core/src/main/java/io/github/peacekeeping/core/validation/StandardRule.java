package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The standard rules, each with its stable code. Paths are JSON Pointers over the wire format.
 *
 * <table>
 * <caption>The standard rules</caption>
 * <tr><th>code</th><th>severity</th><th>finding</th></tr>
 * <tr><td>PK101</td><td>ERROR</td><td>a decision takes effect before the mission was established or after it closed, or does more than REDUCE, ADJUST or TERMINATE in the withdrawal</td></tr>
 * <tr><td>PK102</td><td>ERROR</td><td>a resolution, or a part of one, recorded with its vote was not adopted by it</td></tr>
 * <tr><td>PK103</td><td>ERROR</td><td>a vote counts more members than the Council had that day</td></tr>
 * <tr><td>PK104</td><td>WARNING</td><td>a day of the mission's operations is covered by no mandate period (lapse)</td></tr>
 * <tr><td>PK105</td><td>ERROR</td><td>the first decision does not ESTABLISH the mission, or a decision follows a TERMINATE</td></tr>
 * <tr><td>PK106</td><td>WARNING</td><td>the personnel deployed in the categories of an authorization in force exceed its maximum on a reporting day</td></tr>
 * <tr><td>PK107</td><td>ERROR</td><td>a deployment or a total is dated outside the mission's life (its withdrawal included)</td></tr>
 * <tr><td>PK108</td><td>ERROR</td><td>two deployments for the same contributor, category and date</td></tr>
 * <tr><td>PK109</td><td>ERROR</td><td>decisions are not in order of their effective date</td></tr>
 * <tr><td>PK110</td><td>ERROR</td><td>a Force Commander without a military component, or a Police Commissioner without a police component</td></tr>
 * <tr><td>PK111</td><td>ERROR</td><td>two appointments to the same role overlap in time, other than an acting holder beside an appointed one</td></tr>
 * <tr><td>PK112</td><td>WARNING</td><td>protection of civilians comes into force without Chapter VII, or loses it</td></tr>
 * <tr><td>PK113</td><td>ERROR</td><td>an EXTEND decision without an expiry date</td></tr>
 * <tr><td>PK114</td><td>ERROR</td><td>an appointment starts outside the mission's life, other than a designate's before it was established</td></tr>
 * <tr><td>PK115</td><td>ERROR</td><td>two civilian staffing reports on the same date</td></tr>
 * <tr><td>PK116</td><td>WARNING</td><td>a country code is used on a day it does not name its state: a former state after it ended, a present code before its state began</td></tr>
 * <tr><td>PK117</td><td>INFORMATION</td><td>a Security Council vote on a substantive matter has negative votes but names no member against: a veto cannot be seen</td></tr>
 * <tr><td>PK118</td><td>WARNING</td><td>a component's total for a day and category disagrees with the sum of its deployments</td></tr>
 * <tr><td>PK119</td><td>ERROR</td><td>two totals of a component for the same category and date</td></tr>
 * <tr><td>PK122</td><td>WARNING</td><td>a decision supports an agreement signed after the decision was adopted</td></tr>
 * <tr><td>PK123</td><td>ERROR</td><td>a hand-over to or from another mission or a partner, or a partnership, is dated outside the mission's life</td></tr>
 * <tr><td>PK124</td><td>WARNING</td><td>an appropriation pays for a period that shares no day with the mission's life</td></tr>
 * </table>
 *
 * <p>Rules that need more than one mission ({@link SuccessionRule}, PK125 and PK126, run by
 * {@link SuccessionValidator}) or a mission's fatality records ({@link FatalityRule}, PK127 to PK130, run by
 * {@link FatalityValidator}) are not standard rules of a single mission.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardRule implements Rule {
    /** PK101: a decision takes effect outside the mission's life, or does more than withdraw in the withdrawal. */
    DECISION_OUTSIDE_LIFE("PK101", Severity.ERROR,
            "a decision takes effect before the mission was established or after it closed, "
                    + "or does more than REDUCE, ADJUST or TERMINATE in the withdrawal", new DecisionOutsideLife()),
    /**
     * PK102: a resolution, or a part of one, recorded with its vote was not adopted by it: by Article 27 of
     * the Charter in the Security Council, by Article 18 in the General Assembly.
     */
    RESOLUTION_NOT_ADOPTED("PK102", Severity.ERROR,
            "a resolution, or a part of one, recorded with its vote was not adopted by it", new ResolutionNotAdopted()),
    /** PK103: a vote counts more members than the Council had that day, those not participating included. */
    VOTE_EXCEEDS_COUNCIL("PK103", Severity.ERROR,
            "a vote counts more members than the Council had that day", new VoteExceedsCouncil()),
    /** PK104: a day of the mission's operations is covered by no mandate period (lapse). */
    MANDATE_LAPSE("PK104", Severity.WARNING,
            "a day of the mission's operations is covered by no mandate period (lapse)", new MandateLapse(null)),
    /** PK105: the first decision does not ESTABLISH the mission, or a decision follows a TERMINATE. */
    ESTABLISH_FIRST_TERMINATE_LAST("PK105", Severity.ERROR,
            "the first decision does not ESTABLISH the mission, or a decision follows a TERMINATE",
            new EstablishFirstTerminateLast()),
    /** PK106: the personnel deployed in the categories of an authorization in force exceed its maximum on a reporting day. */
    CEILING_EXCEEDED("PK106", Severity.WARNING,
            "the personnel deployed in the categories of an authorization in force exceed its maximum on a reporting day",
            new CeilingExceeded()),
    /** PK107: a deployment or a total is dated outside the mission's life. */
    DEPLOYMENT_OUTSIDE_LIFE("PK107", Severity.ERROR,
            "a deployment or a total is dated outside the mission's life", new DeploymentOutsideLife()),
    /** PK108: two deployments for the same contributor, category and date. */
    DUPLICATE_DEPLOYMENT("PK108", Severity.ERROR,
            "two deployments for the same contributor, category and date", new DuplicateDeployment()),
    /** PK109: decisions are not in order of their effective date. */
    DECISIONS_OUT_OF_ORDER("PK109", Severity.ERROR,
            "decisions are not in order of their effective date", new DecisionsOutOfOrder()),
    /** PK110: a Force Commander without a military component, or a Police Commissioner without a police component. */
    HEAD_WITHOUT_COMPONENT("PK110", Severity.ERROR,
            "a Force Commander without a military component, or a Police Commissioner without a police component",
            new HeadWithoutComponent()),
    /** PK111: two appointments to the same role overlap in time, other than an acting holder beside an appointed one. */
    OVERLAPPING_APPOINTMENTS("PK111", Severity.ERROR,
            "two appointments to the same role overlap in time, other than an acting holder beside an appointed one", new OverlappingAppointments()),
    /**
     * PK112: protection of civilians comes into force without Chapter VII, or loses it; reported at that
     * decision only, not at the later ones that keep it so.
     */
    CIVILIANS_WITHOUT_CHAPTER_VII("PK112", Severity.WARNING,
            "protection of civilians comes into force without Chapter VII, or loses it", new CiviliansWithoutChapterVII()),
    /** PK113: an EXTEND decision without an expiry date. */
    EXTEND_WITHOUT_EXPIRY("PK113", Severity.ERROR,
            "an EXTEND decision without an expiry date", new ExtendWithoutExpiry()),
    /** PK114: an appointment starts outside the mission's life, other than a designate's before it was established. */
    APPOINTMENT_OUTSIDE_LIFE("PK114", Severity.ERROR,
            "an appointment starts outside the mission's life, other than a designate's before it was established", new AppointmentOutsideLife()),
    /** PK115: two civilian staffing reports on the same date. */
    DUPLICATE_STAFFING("PK115", Severity.ERROR,
            "two civilian staffing reports on the same date", new DuplicateStaffing()),
    /** PK116: a country code is used on a day it does not name its state. */
    COUNTRY_CODE_OUT_OF_TIME("PK116", Severity.WARNING,
            "a country code is used on a day it does not name its state: a former state after it ended, "
                    + "a present code before its state began", new CountryCodeOutOfTime()),
    /** PK117: a Security Council vote on a substantive matter has negative votes but names no member against. */
    VETO_UNKNOWN("PK117", Severity.INFORMATION,
            "a Security Council vote on a substantive matter has negative votes but names no member against: a veto cannot be seen",
            new VetoUnknown()),
    /** PK118: a component's total for a day and category disagrees with the sum of its deployments. */
    TOTAL_DISAGREES_WITH_DEPLOYMENTS("PK118", Severity.WARNING,
            "a component's total for a day and category disagrees with the sum of its deployments",
            new TotalDisagreesWithDeployments()),
    /** PK119: two totals of a component for the same category and date. */
    DUPLICATE_TOTAL("PK119", Severity.ERROR,
            "two totals of a component for the same category and date", new DuplicateTotal()),

    // Diplomacy and resources. PK125 to PK130 need other missions or fatality records: see
    // SuccessionRule and FatalityRule.
    /** PK122: a decision supports an agreement signed after the decision was adopted. */
    AGREEMENT_SIGNED_AFTER_DECISION("PK122", Severity.WARNING,
            "a decision supports an agreement signed after the decision was adopted", new AgreementSignedAfterDecision()),
    /** PK123: a hand-over to or from another mission or a partner, or a partnership, is dated outside the mission's life. */
    RELATION_OUTSIDE_LIFE("PK123", Severity.ERROR,
            "a hand-over to or from another mission or a partner, or a partnership, is dated outside the mission's life",
            new RelationOutsideLife()),
    /** PK124: an appropriation pays for a period that shares no day with the mission's life. */
    APPROPRIATION_OUTSIDE_LIFE("PK124", Severity.WARNING,
            "an appropriation pays for a period that shares no day with the mission's life", new AppropriationOutsideLife());

    private final String code;
    private final Severity severity;
    private final String description;
    private final Check check;

    StandardRule(String code, Severity severity, String description, Check check) {
        this.code = code;
        this.severity = severity;
        this.description = description;
        this.check = check;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void check(Mission mission, Consumer<? super Finding> findings) {
        check.check(this, mission, findings);
    }

    /**
     * Returns rule PK104 checking an active mission for lapses up to a given day, instead of up to the
     * last day its record mentions ({@link Mission#lastRecordedDay()}), which the standard rule uses so
     * that a report does not change with the day it is made. A mission whose operations have ended is
     * checked to that day, and a closed one to its closing day, either way. Use it with {@link RuleSet#with(Rule...)}, where it takes the place of PK104.
     *
     * @param asOf  the last day to check, not null
     * @return the rule, with code PK104, not null
     */
    public static Rule mandateLapseAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Check lapses = new MandateLapse(asOf);
        return new Rule() {
            @Override
            public String code() {
                return MANDATE_LAPSE.code();
            }

            @Override
            public Severity severity() {
                return MANDATE_LAPSE.severity();
            }

            @Override
            public String description() {
                return MANDATE_LAPSE.description() + ", up to " + asOf;
            }

            @Override
            public void check(Mission mission, Consumer<? super Finding> findings) {
                lapses.check(this, mission, findings);
            }
        };
    }
}
