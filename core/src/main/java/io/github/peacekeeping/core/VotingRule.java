package io.github.peacekeeping.core;

import java.time.LocalDate;

/**
 * The rules of the UN Charter by which a vote adopts a decision: Article 27 in the Security Council,
 * Article 18 in the General Assembly. {@link Resolution#votingRule()} gives the rule of a resolution.
 *
 * <p>Every rule counts affirmative votes only: an abstention is no vote against, and a member that did not
 * take part ({@link Vote#notParticipating()}) cast no vote at all.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VotingRule {
    /**
     * Security Council, substantive matters (Article 27(3)): the affirmative votes of 7 members before
     * 1966 and 9 since ({@link SecurityCouncil#votesRequiredOn(LocalDate)}) "including the concurring votes
     * of the permanent members". In the Council's practice since 1946 an abstaining or absent permanent
     * member does not block a decision (S/RES/2504 (2020) passed with four of the five abstaining); a
     * negative vote of a permanent member is a veto, and one on a draft that lacked the votes anyway is
     * not counted as a veto, as the Dag Hammarskjöld Library's veto list does not count it.
     */
    COUNCIL_SUBSTANTIVE,
    /**
     * Security Council, procedural matters (Article 27(2)): the affirmative votes of any 7 members before
     * 1966 and 9 since; a permanent member's negative vote is no veto. S/RES/119 (1956), which convened
     * the General Assembly's first emergency special session, passed 7-2-2 with France and the United
     * Kingdom against.
     */
    COUNCIL_PROCEDURAL,
    /**
     * General Assembly, important questions (Article 18(2)): two thirds of the members present and voting.
     * Members present and voting are those that vote yes or no; those that abstain are not voting (rule 86
     * of the Assembly's rules of procedure). Article 18(2) names "recommendations with respect to the
     * maintenance of international peace and security" first among important questions, and since 1950
     * the parts of such a proposal voted separately need two thirds as well (resolution 475 (V)).
     */
    ASSEMBLY_IMPORTANT_QUESTION,
    /**
     * General Assembly, other questions (Article 18(3)): a majority of the members present and voting,
     * that is more yes than no votes; an equal division is no majority.
     */
    ASSEMBLY_OTHER_QUESTION;

    /**
     * Returns the number of affirmative votes a vote needs under this rule on a day: 7 or 9 in the
     * Council, whatever the other counts; in the Assembly, one more than the negative votes for a majority,
     * and twice the negative votes (at least one) for two thirds of those present and voting.
     *
     * @param vote  the vote, not null
     * @param date  the day of the vote, not null
     * @return the affirmative votes needed, positive
     */
    public int votesRequired(Vote vote, LocalDate date) {
        switch (this) {
            case COUNCIL_SUBSTANTIVE:
            case COUNCIL_PROCEDURAL:
                return SecurityCouncil.votesRequiredOn(date);
            case ASSEMBLY_IMPORTANT_QUESTION:
                // yes >= 2/3 (yes + no)  <=>  yes >= 2 * no; and a proposal nobody voted for is not adopted.
                return atMostMaxInt(Math.max(1L, 2L * vote.no()));
            default:
                return atMostMaxInt(vote.no() + 1L);
        }
    }

    /** A count above any a vote can hold: yes + no never exceeds Integer.MAX_VALUE (Vote refuses it). */
    private static int atMostMaxInt(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /**
     * Returns the outcome of a vote under this rule on a day: too few votes if fewer than
     * {@link #votesRequired(Vote, LocalDate)} are affirmative; otherwise, on a substantive matter of the
     * Council, vetoed if a permanent member is named among those {@link Vote#against() against}; otherwise
     * adopted.
     *
     * @param vote  the vote, not null
     * @param date  the day of the vote, not null
     * @return the outcome, not null
     */
    public VoteOutcome outcomeOf(Vote vote, LocalDate date) {
        if (vote.yes() < votesRequired(vote, date)) {
            return VoteOutcome.TOO_FEW_VOTES;
        }
        return this == COUNCIL_SUBSTANTIVE && !vote.permanentMembersAgainst().isEmpty()
                ? VoteOutcome.VETOED
                : VoteOutcome.ADOPTED;
    }
}
