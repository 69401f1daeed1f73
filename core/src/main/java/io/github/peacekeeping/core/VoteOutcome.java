package io.github.peacekeeping.core;

/**
 * The result of a vote of the Security Council under Article 27(3) of the Charter.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VoteOutcome {
    /** Enough affirmative votes and no negative vote of a permanent member. */
    ADOPTED,
    /** Fewer affirmative votes than the Council needed that day, as S/2000/1171 (8-0-7). */
    TOO_FEW_VOTES,
    /**
     * Enough affirmative votes, but a permanent member voted no, as S/2017/962 (11-2-2). A negative
     * vote on a draft that lacked the votes anyway is not counted as a veto, as the Dag Hammarskjöld
     * Library's veto list does not count it.
     */
    VETOED
}
