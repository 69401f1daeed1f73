package io.github.peacekeeping.core;

/**
 * The result of a vote under a {@link VotingRule}: Article 27 of the Charter in the Security Council,
 * Article 18 in the General Assembly.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VoteOutcome {
    /** Enough affirmative votes and, on a substantive matter of the Council, no negative vote of a permanent member. */
    ADOPTED,
    /**
     * Fewer affirmative votes than the rule needed: S/2000/1171 (8-0-7) in a Council needing 9, or an
     * Assembly proposal with less than two thirds of those present and voting on an important question.
     */
    TOO_FEW_VOTES,
    /**
     * Enough affirmative votes on a substantive matter of the Council, but a permanent member voted no, as
     * on S/2017/962 (11-2-2). A negative vote on a draft that lacked the votes anyway is not counted as a
     * veto, as the Dag Hammarskjöld Library's veto list does not count it.
     */
    VETOED
}
