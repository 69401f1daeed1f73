package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recorded vote on a resolution: affirmative votes, negative votes, abstentions, and the members
 * that voted no, where the record names them.
 *
 * <p>A vote knows the rule of the Security Council (see {@link SecurityCouncil}): on the day of the
 * vote it is {@link VoteOutcome#ADOPTED adopted}, had {@link VoteOutcome#TOO_FEW_VOTES too few votes},
 * or was {@link VoteOutcome#VETOED vetoed}. A veto can only be seen when the permanent member that
 * voted no is listed in {@link #against()}.
 *
 * <p>Construction refuses negative counts, repeated members in {@code against}, and more members in
 * {@code against} than negative votes. Whether the counts fit the Council of the day is a finding of
 * the validators (PK103), not a construction error: the historical record is reported, not refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote {

    Vote() {
    }

    /**
     * Returns the number of affirmative votes.
     *
     * @return the count, not negative
     */
    public abstract int yes();

    /**
     * Returns the number of negative votes.
     *
     * @return the count, not negative
     */
    public abstract int no();

    /**
     * Returns the number of abstentions.
     *
     * @return the count, not negative
     */
    public abstract int abstain();

    /**
     * Returns the members that voted no, where the record names them.
     *
     * @return the members, at most {@link #no()}, unmodifiable, possibly empty
     */
    public abstract List<CountryCode> against();

    /**
     * Obtains a vote from its three counts, with no member named as voting no.
     *
     * @param yes      affirmative votes, not negative
     * @param no       negative votes, not negative
     * @param abstain  abstentions, not negative
     * @return the vote, not null
     * @throws PeacekeepingException if a count is negative
     */
    public static Vote of(int yes, int no, int abstain) {
        return builder().yes(yes).no(no).abstain(abstain).build();
    }

    /**
     * Obtains a vote from its three counts and the members that voted no.
     *
     * @param yes      affirmative votes, not negative
     * @param no       negative votes, not negative
     * @param abstain  abstentions, not negative
     * @param against  the members that voted no, not null, at most {@code no}
     * @return the vote, not null
     * @throws PeacekeepingException if a count is negative or {@code against} does not fit {@code no}
     */
    public static Vote of(int yes, int no, int abstain, CountryCode... against) {
        return builder().yes(yes).no(no).abstain(abstain).addAgainst(against).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Vote}: setters named after its fields, {@code from} to copy one; {@code build()} checks it. */
    public static final class Builder extends ImmutableVote.Builder {
        Builder() {
        }
    }

    /**
     * Returns the number of members that took part in the vote.
     *
     * @return {@code yes + no + abstain}
     */
    public int total() {
        return yes() + no() + abstain();
    }

    /**
     * Returns the permanent seats whose holders voted no, in the order of {@link #against()}.
     * Either code of a seat counts: {@code SUN} and {@code RUS} both name the Russian seat.
     *
     * @return the seats, possibly empty, unmodifiable
     */
    public List<PermanentSeat> permanentMembersAgainst() {
        List<PermanentSeat> seats = new ArrayList<>(1);
        for (CountryCode member : against()) {
            Optional<PermanentSeat> seat = PermanentSeat.heldBy(member);
            if (seat.isPresent() && !seats.contains(seat.get())) {
                seats.add(seat.get());
            }
        }
        return List.copyOf(seats);
    }

    /**
     * Returns the outcome of this vote in the Security Council on a day, under Article 27(3) of the
     * Charter: too few votes if fewer than {@link SecurityCouncil#votesRequiredOn(LocalDate)} are
     * affirmative, otherwise vetoed if a permanent member voted no, otherwise adopted. An abstaining
     * permanent member does not block the decision.
     *
     * @param date  the day of the vote, not null
     * @return the outcome, not null
     */
    public VoteOutcome outcomeOn(LocalDate date) {
        if (yes() < SecurityCouncil.votesRequiredOn(date)) {
            return VoteOutcome.TOO_FEW_VOTES;
        }
        return permanentMembersAgainst().isEmpty() ? VoteOutcome.ADOPTED : VoteOutcome.VETOED;
    }

    /**
     * Checks whether this vote adopts a decision of the Security Council on a day.
     *
     * @param date  the day of the vote, not null
     * @return true if {@link #outcomeOn(LocalDate)} is {@link VoteOutcome#ADOPTED}
     */
    public boolean isAdoptedOn(LocalDate date) {
        return outcomeOn(date) == VoteOutcome.ADOPTED;
    }

    @Value.Check
    void check() {
        Checks.notNegative(FieldNames.YES, yes());
        Checks.notNegative(FieldNames.NO, no());
        Checks.notNegative(FieldNames.ABSTAIN, abstain());
        Checks.sumFitsInt(FieldNames.ABSTAIN, (long) yes() + no() + abstain());
        Checks.distinct(FieldNames.AGAINST, against());
        if (against().size() > no()) {
            throw new PeacekeepingException(FieldNames.AGAINST, against(),
                    "names more members than the " + no() + " negative votes");
        }
    }

    /**
     * Returns the vote as the UN writes it, yes-no-abstain, e.g. {@code 11-2-2}, followed by the
     * members that voted no, e.g. {@code 11-2-2 against [RUS, BOL]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String counts = yes() + "-" + no() + "-" + abstain();
        return against().isEmpty() ? counts : counts + " against " + against();
    }
}
