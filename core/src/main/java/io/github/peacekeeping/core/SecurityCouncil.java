package io.github.peacekeeping.core;

import java.time.LocalDate;

/**
 * The rules of the Security Council that decide whether a draft resolution is adopted.
 *
 * <p>Article 27(3) of the UN Charter: decisions on substantive matters need the affirmative votes of
 * a qualified majority "including the concurring votes of the permanent members". In practice since
 * 1946 an abstaining permanent member does not block a decision (resolution 2504 (2020) passed with
 * four of the five abstaining); a negative vote of a permanent member is a veto. The Council had 11
 * members and needed 7 votes until 31 December 1965; the amendment of Article 23 and 27 (General
 * Assembly resolution 1991 A (XVIII), in force 31 August 1965) enlarged it to 15 members needing 9
 * votes from 1 January 1966.
 */
public final class SecurityCouncil {

    /** The first day of the Council of 15 members. */
    public static final LocalDate ENLARGED = LocalDate.of(1966, 1, 1);

    private SecurityCouncil() {
    }

    /**
     * Returns the number of members of the Council on a day.
     *
     * @param date  the day, not null
     * @return 11 before 1 January 1966, 15 since
     */
    public static int membersOn(LocalDate date) {
        return date.isBefore(ENLARGED) ? 11 : 15;
    }

    /**
     * Returns the number of affirmative votes a decision needs on a day.
     *
     * @param date  the day, not null
     * @return 7 before 1 January 1966, 9 since
     */
    public static int votesRequiredOn(LocalDate date) {
        return date.isBefore(ENLARGED) ? 7 : 9;
    }
}
