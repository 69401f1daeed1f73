package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recorded vote on a resolution or on a part of one: affirmative votes, negative votes, abstentions,
 * the members that voted no where the record names them, and the members that did not take part.
 *
 * <p>A vote does not know the body that cast it: {@link VotingRule} judges it, by Article 27 of the
 * Charter in the Security Council and by Article 18 in the General Assembly, and
 * {@link Resolution#outcome()} applies the rule of the resolution's body. A veto can only be seen when the
 * permanent member that voted no is listed in {@link #against()}.
 *
 * <p>Members that were present and did not take part, as Algeria on S/RES/2797 (2025) (UN press release
 * SC/16208, 31 October 2025: 11-0-3, "Algeria did not participate in the vote"), or that were absent, as the
 * USSR was when the Council adopted S/RES/84 (1950) on Korea by 7-0-3, are {@link #notParticipating()}: they
 * cast no vote, so a permanent member among them vetoes nothing, but they are members of the Council all the
 * same.
 *
 * <p>Construction refuses negative counts, repeated members in {@code against} or in
 * {@code notParticipating}, a member in both, and more members in {@code against} than negative votes.
 * Whether the counts fit the Council of the day is a finding of the validators (PK103), not a construction
 * error: the historical record is reported, not refused.
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
     * Returns the members that did not take part in the vote, present or absent, where the record names them.
     *
     * @return the members, none repeated, none of them in {@link #against()}, unmodifiable, possibly empty
     */
    public abstract List<CountryCode> notParticipating();

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

    /**
     * Builds a {@link Vote}: setters named after its fields, {@code from} to copy one; {@code build()} checks it.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableVote.Builder generated = new ImmutableVote.Builder();

        Builder() {
        }

        /**
         * Copies the values of a vote into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param vote  the vote to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code vote} is null
         */
        public Builder from(Vote vote) {
            generated.from(Given.value("vote", vote));
            return this;
        }

        /**
         * Sets {@link Vote#yes()}.
         *
         * @param yes  the value
         * @return this builder
         */
        public Builder yes(int yes) {
            generated.yes(yes);
            return this;
        }

        /**
         * Sets {@link Vote#no()}.
         *
         * @param no  the value
         * @return this builder
         */
        public Builder no(int no) {
            generated.no(no);
            return this;
        }

        /**
         * Sets {@link Vote#abstain()}.
         *
         * @param abstain  the value
         * @return this builder
         */
        public Builder abstain(int abstain) {
            generated.abstain(abstain);
            return this;
        }

        /**
         * Adds one element of {@link Vote#against()}, after those added before.
         *
         * @param against  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code against} is null
         */
        public Builder addAgainst(CountryCode against) {
            generated.addAgainst(Given.element(FieldNames.AGAINST, against));
            return this;
        }

        /**
         * Adds elements of {@link Vote#against()}, after those added before; if one is refused, none is added.
         *
         * @param against  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code against} or one of its elements is null
         */
        public Builder addAgainst(CountryCode... against) {
            generated.addAgainst(Given.elements(FieldNames.AGAINST, against));
            return this;
        }

        /**
         * Sets {@link Vote#against()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param against  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code against} or one of its elements is null
         */
        public Builder against(Iterable<? extends CountryCode> against) {
            generated.against(Given.elements(FieldNames.AGAINST, against));
            return this;
        }

        /**
         * Adds elements of {@link Vote#against()}, after those added before; if one is refused, none is added.
         *
         * @param against  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code against} or one of its elements is null
         */
        public Builder addAllAgainst(Iterable<? extends CountryCode> against) {
            generated.addAllAgainst(Given.elements(FieldNames.AGAINST, against));
            return this;
        }

        /**
         * Adds one element of {@link Vote#notParticipating()}, after those added before.
         *
         * @param notParticipating  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code notParticipating} is null
         */
        public Builder addNotParticipating(CountryCode notParticipating) {
            generated.addNotParticipating(Given.element(FieldNames.NOT_PARTICIPATING, notParticipating));
            return this;
        }

        /**
         * Adds elements of {@link Vote#notParticipating()}, after those added before; if one is refused, none is added.
         *
         * @param notParticipating  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code notParticipating} or one of its elements is null
         */
        public Builder addNotParticipating(CountryCode... notParticipating) {
            generated.addNotParticipating(Given.elements(FieldNames.NOT_PARTICIPATING, notParticipating));
            return this;
        }

        /**
         * Sets {@link Vote#notParticipating()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param notParticipating  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code notParticipating} or one of its elements is null
         */
        public Builder notParticipating(Iterable<? extends CountryCode> notParticipating) {
            generated.notParticipating(Given.elements(FieldNames.NOT_PARTICIPATING, notParticipating));
            return this;
        }

        /**
         * Adds elements of {@link Vote#notParticipating()}, after those added before; if one is refused, none is added.
         *
         * @param notParticipating  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code notParticipating} or one of its elements is null
         */
        public Builder addAllNotParticipating(Iterable<? extends CountryCode> notParticipating) {
            generated.addAllNotParticipating(Given.elements(FieldNames.NOT_PARTICIPATING, notParticipating));
            return this;
        }

        /**
         * Builds the vote and checks it.
         *
         * @return the vote, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Vote build() {
            return generated.build();
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
     * Returns the number of members this vote accounts for: those that took part and those named as not
     * participating. In the Security Council it may not exceed the Council's size (rule PK103).
     *
     * @return {@code yes + no + abstain} plus the size of {@link #notParticipating()}
     */
    public int membersCounted() {
        return total() + notParticipating().size();
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
        Checks.distinct(FieldNames.NOT_PARTICIPATING, notParticipating());
        Checks.sumFitsInt(FieldNames.NOT_PARTICIPATING, (long) total() + notParticipating().size());
        for (CountryCode member : notParticipating()) {
            if (against().contains(member)) {
                throw new PeacekeepingException(FieldNames.NOT_PARTICIPATING, notParticipating(),
                        member + " voted no, so it took part");
            }
        }
    }

    /**
     * Returns the vote as the UN writes it, yes-no-abstain, e.g. {@code 11-2-2}, followed by the
     * members that voted no and those that did not take part where named, e.g.
     * {@code 11-2-2 against [RUS, BOL]} or {@code 11-0-3 not participating [DZA]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(yes()).append('-').append(no()).append('-').append(abstain());
        if (!against().isEmpty()) {
            text.append(" against ").append(against());
        }
        if (!notParticipating().isEmpty()) {
            text.append(" not participating ").append(notParticipating());
        }
        return text.toString();
    }
}
