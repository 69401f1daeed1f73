package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resolution of the Security Council or the General Assembly, the document that records a decision
 * on a mandate: its body, number, day of adoption, General Assembly session, how it was adopted and the
 * recorded vote.
 *
 * <p>Its {@link #symbol() symbol} is derived, as the UN writes it: {@code S/RES/872 (1993)},
 * {@code A/RES/1000 (ES-I)}, {@code A/RES/78/123}. {@link #builder(ResolutionSymbol, LocalDate)} starts
 * from a symbol and the day of adoption.
 *
 * <p>How it was adopted ({@link #adoption()}): by a vote, whose tally {@link #vote()} holds where recorded;
 * without a vote or by consensus, with no tally; or part by part, each of its {@link #parts()} with its own
 * vote, and possibly a vote on the resolution as a whole after them. A resolution recorded with a vote and
 * no adoption was adopted by that vote: {@code adoption()} is then {@link Adoption#VOTE}, and two such
 * resolutions are equal whether or not the adoption was given.
 *
 * <p>What the votes mean ({@link #outcome()}): the {@link #votingRule() rule} of its body judges each vote.
 * A resolution adopted without a vote or by consensus was adopted. A part voted separately that fails is
 * not part of the resolution, while the parts that pass stand; the validators report a failed part of a
 * resolution recorded as a decision (PK102), since the decision then records something not decided.
 *
 * <p>Construction refuses a number that is not positive; a General Assembly resolution without a session,
 * with a malformed one, or marked procedural; a Security Council resolution with a session or of a year
 * before 1946 or after 9999; a vote with an adoption WITHOUT_VOTE or CONSENSUS; parts without the adoption
 * PARTS, PARTS without parts, and two parts with one label.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Resolution {

    Resolution() {
    }

    /**
     * Returns the body that adopted the resolution.
     *
     * @return the body, not null
     */
    public abstract AuthorizingBody body();

    /**
     * Returns the number of the resolution, e.g. 872.
     *
     * @return the number, positive
     */
    public abstract int number();

    /**
     * Returns the day the resolution was adopted; for a draft that failed, the day of the vote.
     *
     * @return the day, not null
     */
    public abstract LocalDate adopted();

    /**
     * Returns the General Assembly session, e.g. {@code "ES-I"} (first emergency special session),
     * {@code "XVII"}, {@code "78"}.
     *
     * @return the session for a General Assembly resolution, empty for the Security Council
     */
    public abstract Optional<String> session();

    /**
     * Returns how the resolution was adopted, as the record states it.
     *
     * @return the adoption; {@link Adoption#VOTE} when a vote is recorded and no adoption was given;
     *         empty if the record says neither
     */
    public abstract Optional<Adoption> adoption();

    /**
     * Returns whether the Security Council decided this as a procedural matter (Article 27(2) of the
     * Charter), which a permanent member's negative vote does not block.
     *
     * @return true for a procedural decision; false by default, and always for the General Assembly
     */
    @Value.Default
    public boolean procedural() {
        return false;
    }

    /**
     * Returns the recorded vote on the resolution as a whole.
     *
     * @return the vote, empty if not recorded, and always for an adoption without a vote or by consensus
     */
    public abstract Optional<Vote> vote();

    /**
     * Returns the parts voted on separately, in the order of the record.
     *
     * @return the parts, none sharing a label, unmodifiable; at least one when {@link #adoption()} is
     *         {@link Adoption#PARTS}, empty otherwise
     */
    public abstract List<ResolutionPart> parts();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a new builder with the body, number and session of a symbol and the day of adoption set:
     * {@code Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1993, 10, 5))
     * .vote(Vote.of(15, 0, 0)).build()}. The builder is an ordinary one: it does not remember the symbol.
     *
     * @param symbol   the symbol, not null
     * @param adopted  the day of adoption, in the year of a Security Council symbol; not null
     * @return the builder, not null
     * @throws PeacekeepingException if a value is missing, or the day is not in the year of a Security
     *         Council symbol
     */
    public static Builder builder(ResolutionSymbol symbol, LocalDate adopted) {
        if (symbol == null) {
            throw new MissingValueException(FieldNames.RESOLUTION);
        }
        if (adopted == null) {
            throw new MissingValueException(FieldNames.ADOPTED);
        }
        if (symbol.year().isPresent() && symbol.year().getAsInt() != adopted.getYear()) {
            throw new PeacekeepingException(FieldNames.ADOPTED, adopted, "must fall in the year of " + symbol);
        }
        Builder builder = builder();
        builder.body(symbol.body()).number(symbol.number()).adopted(adopted).session(symbol.session());
        return builder;
    }

    /**
     * Builds a {@link Resolution}: setters named after its fields, {@code addPart} and {@code parts} for
     * the parts, {@code from} to copy one; the optional fields take null as absent; {@code build()} checks
     * it and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableResolution.Builder generated = new ImmutableResolution.Builder();
        /** Whether a vote is given: with no adoption given, the resolution was adopted by that vote. */
        private boolean voteGiven;
        private boolean adoptionGiven;

        Builder() {
        }

        /**
         * Copies the values of a resolution into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param resolution  the resolution to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code resolution} is null
         */
        public Builder from(Resolution resolution) {
            generated.from(Given.value("resolution", resolution));
            voteGiven |= resolution.vote().isPresent();
            adoptionGiven |= resolution.adoption().isPresent();
            return this;
        }

        /**
         * Sets {@link Resolution#body()}.
         *
         * @param body  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code body} is null
         */
        public Builder body(AuthorizingBody body) {
            generated.body(Given.value(FieldNames.BODY, body));
            return this;
        }

        /**
         * Sets {@link Resolution#number()}.
         *
         * @param number  the value
         * @return this builder
         */
        public Builder number(int number) {
            generated.number(number);
            return this;
        }

        /**
         * Sets {@link Resolution#adopted()}.
         *
         * @param adopted  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code adopted} is null
         */
        public Builder adopted(LocalDate adopted) {
            generated.adopted(Given.value(FieldNames.ADOPTED, adopted));
            return this;
        }

        /**
         * Sets {@link Resolution#session()}.
         *
         * @param session  the value, null for none
         * @return this builder
         */
        public Builder session(String session) {
            generated.session(session);
            return this;
        }

        /**
         * Sets {@link Resolution#session()}.
         *
         * @param session  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code session} is null
         */
        public Builder session(Optional<String> session) {
            generated.session(Given.value(FieldNames.SESSION, session));
            return this;
        }

        /**
         * Sets {@link Resolution#adoption()}.
         *
         * @param adoption  the value, null for none
         * @return this builder
         */
        public Builder adoption(Adoption adoption) {
            generated.adoption(adoption);
            adoptionGiven = adoption != null;
            return this;
        }

        /**
         * Sets {@link Resolution#adoption()}.
         *
         * @param adoption  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code adoption} is null
         */
        public Builder adoption(Optional<? extends Adoption> adoption) {
            generated.adoption(Given.value(FieldNames.ADOPTION, adoption));
            adoptionGiven = adoption.isPresent();
            return this;
        }

        /**
         * Sets {@link Resolution#procedural()}.
         *
         * @param procedural  the value
         * @return this builder
         */
        public Builder procedural(boolean procedural) {
            generated.procedural(procedural);
            return this;
        }

        /**
         * Sets {@link Resolution#vote()}.
         *
         * @param vote  the value, null for none
         * @return this builder
         */
        public Builder vote(Vote vote) {
            generated.vote(vote);
            voteGiven = vote != null;
            return this;
        }

        /**
         * Sets {@link Resolution#vote()}.
         *
         * @param vote  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code vote} is null
         */
        public Builder vote(Optional<? extends Vote> vote) {
            generated.vote(Given.value(FieldNames.VOTE, vote));
            voteGiven = vote.isPresent();
            return this;
        }

        /**
         * Adds one element of {@link Resolution#parts()}, after those added before.
         *
         * @param part  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code part} is null
         */
        public Builder addPart(ResolutionPart part) {
            generated.addPart(Given.element(FieldNames.PARTS, part));
            return this;
        }

        /**
         * Adds elements of {@link Resolution#parts()}, after those added before; if one is refused, none is added.
         *
         * @param parts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code parts} or one of its elements is null
         */
        public Builder addParts(ResolutionPart... parts) {
            generated.addParts(Given.elements(FieldNames.PARTS, parts));
            return this;
        }

        /**
         * Sets {@link Resolution#parts()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param parts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code parts} or one of its elements is null
         */
        public Builder parts(Iterable<? extends ResolutionPart> parts) {
            generated.parts(Given.elements(FieldNames.PARTS, parts));
            return this;
        }

        /**
         * Adds elements of {@link Resolution#parts()}, after those added before; if one is refused, none is added.
         *
         * @param parts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code parts} or one of its elements is null
         */
        public Builder addAllParts(Iterable<? extends ResolutionPart> parts) {
            generated.addAllParts(Given.elements(FieldNames.PARTS, parts));
            return this;
        }

        /**
         * Builds the resolution and checks it.
         *
         * @return the resolution, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Resolution build() {
            if (!voteGiven || adoptionGiven) {
                return generated.build();
            }
            // Recorded with a vote: adopted by it, whether or not the record says VOTE. Set here, not by
            // rebuilding in check(), and taken back so that the builder is as it was.
            generated.adoption(Adoption.VOTE);
            try {
                return generated.build();
            } finally {
                generated.adoption(Optional.empty());
            }
        }
    }

    /**
     * Returns the symbol of the resolution: {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)},
     * {@code A/RES/78/123}.
     *
     * @return the symbol, not null
     */
    public ResolutionSymbol symbol() {
        return body() == AuthorizingBody.SECURITY_COUNCIL
                ? ResolutionSymbol.ofCouncil(number(), adopted().getYear())
                : ResolutionSymbol.ofAssembly(number(), session().orElseThrow());
    }

    /**
     * Returns the rule that judges the votes on this resolution. In the Security Council,
     * {@link VotingRule#COUNCIL_PROCEDURAL} for a {@link #procedural()} decision and
     * {@link VotingRule#COUNCIL_SUBSTANTIVE} otherwise. In the General Assembly,
     * {@link VotingRule#ASSEMBLY_IMPORTANT_QUESTION} always: a resolution in this model records a decision
     * on a peacekeeping mandate, a recommendation "with respect to the maintenance of international peace
     * and security", which Article 18(2) of the Charter names as an important question. The record rarely
     * states the majority applied; the Assembly's peacekeeping mandates passed far above two thirds (UNEF I:
     * A/RES/1000 (ES-I), 57-0-19), so the stricter rule never misjudges them.
     *
     * @return the rule, not null
     */
    public VotingRule votingRule() {
        if (body() == AuthorizingBody.GENERAL_ASSEMBLY) {
            return VotingRule.ASSEMBLY_IMPORTANT_QUESTION;
        }
        return procedural() ? VotingRule.COUNCIL_PROCEDURAL : VotingRule.COUNCIL_SUBSTANTIVE;
    }

    /**
     * Returns the outcome of the resolution as a whole: adopted if it was adopted without a vote or by
     * consensus, otherwise the outcome of its recorded {@link #vote()} under its {@link #votingRule()} on
     * the day of adoption. The parts voted separately are judged one by one, by the same rule.
     *
     * @return the outcome, empty if no vote on the whole is recorded (a vote whose tally is unknown, or
     *         parts without a vote on the whole)
     */
    public Optional<VoteOutcome> outcome() {
        if (adoption().isPresent()
                && (adoption().get() == Adoption.WITHOUT_VOTE || adoption().get() == Adoption.CONSENSUS)) {
            return Optional.of(VoteOutcome.ADOPTED);
        }
        return vote().map(vote -> votingRule().outcomeOf(vote, adopted()));
    }

    @Value.Check
    void check() {
        ResolutionSymbol.checkNumber(number());
        if (body() == AuthorizingBody.SECURITY_COUNCIL) {
            if (session().isPresent()) {
                throw new PeacekeepingException(FieldNames.SESSION, session().get(),
                        "must be absent for a Security Council resolution");
            }
            ResolutionSymbol.checkCouncilYear(FieldNames.ADOPTED, adopted(), adopted().getYear());
        } else {
            ResolutionSymbol.checkSession(session().orElse(null));
            if (procedural()) {
                throw new PeacekeepingException(FieldNames.PROCEDURAL, true,
                        "Article 27(2) is the Security Council's rule: a General Assembly resolution is never procedural");
            }
        }
        Adoption adoption = adoption().orElse(null);
        if (vote().isPresent() && (adoption == Adoption.WITHOUT_VOTE || adoption == Adoption.CONSENSUS)) {
            throw new PeacekeepingException(FieldNames.VOTE, vote().get(), "must be absent when adoption is " + adoption);
        }
        if (adoption == Adoption.PARTS) {
            List<String> labels = partLabels();
            if (labels.isEmpty()) {
                throw new PeacekeepingException(FieldNames.PARTS, labels, "must hold at least one part when adoption is PARTS");
            }
            Checks.distinct(FieldNames.PARTS, labels);
        } else if (!parts().isEmpty()) {
            throw new PeacekeepingException(FieldNames.PARTS, partLabels(), "must be absent unless adoption is PARTS");
        }
    }

    private List<String> partLabels() {
        return parts().stream().map(ResolutionPart::label).toList();
    }

    /**
     * Returns the symbol, then the day of adoption, and how it was adopted where recorded, e.g.
     * {@code S/RES/872 (1993) of 1993-10-05, 15-0-0},
     * {@code S/RES/119 (1956) of 1956-10-31, procedural, 7-2-2 against [FRA, GBR]},
     * {@code S/RES/918 (1994) of 1994-05-17, without vote}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(symbol()).append(" of ").append(adopted());
        if (procedural()) {
            text.append(", procedural");
        }
        if (adoption().isPresent() && adoption().get() != Adoption.VOTE && adoption().get() != Adoption.PARTS) {
            text.append(", ").append(adoption().get() == Adoption.WITHOUT_VOTE ? "without vote" : "by consensus");
        }
        vote().ifPresent(vote -> text.append(", ").append(vote));
        for (ResolutionPart part : parts()) {
            text.append(", ").append(part);
        }
        return text.toString();
    }
}
