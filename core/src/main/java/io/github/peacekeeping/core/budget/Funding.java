package io.github.peacekeeping.core.budget;

/**
 * Where a mission's money comes from. Each peacekeeping operation has a special account of its own,
 * assessed on the member states at the peacekeeping scale; the two oldest, UNTSO (1948) and UNMOGIP
 * (1949), established before special accounts were introduced, are still funded from the regular budget of
 * the United Nations. Sources: casquebleu.org, "Peacekeeping financing"; for UNMOGIP also the Press Trust
 * of India's report of 28 December 2017 on its allocation for 2018-2019 (The Asian Age).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Funding {
    /** The mission's own special account, appropriated per peacekeeping fiscal year (or mandate period). */
    SPECIAL_ACCOUNT,
    /** The regular budget of the United Nations: UNTSO and UNMOGIP. */
    REGULAR_BUDGET
}
