package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules that compare a mission's fatality records with the mission and with one another; they are run by
 * {@link FatalityValidator}. Paths start with the index of the record in the list validated, which for a
 * JSON Lines file is its line number minus one: {@code /12/date}.
 *
 * <table>
 * <caption>The fatality rules</caption>
 * <tr><th>code</th><th>severity</th><th>finding</th></tr>
 * <tr><td>PK127</td><td>WARNING</td><td>a fatality is dated before the mission was established</td></tr>
 * <tr><td>PK128</td><td>INFORMATION</td><td>a fatality is dated after the mission closed</td></tr>
 * <tr><td>PK129</td><td>WARNING</td><td>a fatality's nationality names a state on a day it did not exist; INFORMATION for local staff</td></tr>
 * <tr><td>PK130</td><td>WARNING</td><td>two fatality records of the mission share a casualty identifier</td></tr>
 * </table>
 *
 * <p>The severities follow the UN's own record, which the rules must not call wrong where it is not. The
 * file of 2025 has six UNAMID deaths in 2021, after UNAMID closed on 31 December 2020, during its
 * liquidation: PK128 is INFORMATION. Its one ONUC death dated 8 January 1960, six months before ONUC was
 * established, is in both releases of the file: likely a mistyped date, but nothing tells, so PK127 is a
 * WARNING. Local staff are recorded with the territory they come from (Timor-Leste before 2002, Namibia
 * eight days before its independence), which is no error: PK129 is INFORMATION for them and a WARNING for
 * everyone else (a military observer of 1986 recorded as of the Russian Federation, then the USSR). The six
 * UNMIK deaths of 2003-2005 recorded twice, once as of Montenegro and once as of Serbia and Montenegro, are
 * duplicates in the record: PK130 is a WARNING.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FatalityRule implements Rule {
    /** PK127: a fatality is dated before the mission was established. */
    FATALITY_BEFORE_ESTABLISHMENT("PK127", Severity.WARNING, "a fatality is dated before the mission was established",
            new FatalityBeforeEstablishment()),
    /** PK128: a fatality is dated after the mission closed. */
    FATALITY_AFTER_CLOSURE("PK128", Severity.INFORMATION, "a fatality is dated after the mission closed",
            new FatalityAfterClosure()),
    /** PK129: a fatality's nationality names a state on a day it did not exist. */
    NATIONALITY_OUT_OF_TIME("PK129", Severity.WARNING,
            "a fatality's nationality names a state on a day it did not exist; INFORMATION for local staff",
            new NationalityOutOfTime()),
    /** PK130: two fatality records of the mission share a casualty identifier. */
    DUPLICATE_CASUALTY("PK130", Severity.WARNING, "two fatality records of the mission share a casualty identifier",
            new DuplicateCasualty());

    private final String code;
    private final Severity severity;
    private final String description;
    private final FatalityCheck check;

    FatalityRule(String code, Severity severity, String description, FatalityCheck check) {
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

    /**
     * Checks a mission without fatality records, which finds nothing: these rules check records. Use
     * {@link #check(Mission, List, Consumer)} or {@link FatalityValidator}.
     *
     * @param mission   the mission, not null
     * @param findings  receives nothing, not null
     */
    @Override
    public void check(Mission mission, Consumer<? super Finding> findings) {
        check(mission, List.of(), findings);
    }

    /**
     * Checks the records of a mission and reports every finding, in the order of the records. Records that
     * name another mission (by its acronym, see {@link Fatality#mission()}) are not checked, so that one list
     * can be checked against each of its missions in turn.
     *
     * @param mission     the mission, not null
     * @param fatalities  the records, not null, no null element
     * @param findings    receives each finding, not null
     */
    public void check(Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings) {
        check.check(this, mission, fatalities, findings);
    }
}
