package io.github.peacekeeping.core.agreement;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.internal.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A peace agreement or settlement proposal that a mission was mandated to support: its name, full title,
 * kind, date and place, the UN document and the PA-X record that hold it, and its participants.
 *
 * <p>Within a mission an agreement is known by its {@link #name()}, which the mission's decisions use to
 * say which agreements they support ({@link io.github.peacekeeping.core.Mandate#supports()}): the Arusha
 * Peace Agreement of 4 August 1993, signed by the Government of Rwanda and the Rwandese Patriotic Front
 * under the aegis of Tanzania as facilitator (PA-X 475), which UNAMIR was established by resolution 872
 * (1993) to help implement.
 *
 * <p>Construction refuses a blank or padded name, title, place or document, a PA-X number that is not
 * positive, a repeated participant, an {@link AgreementKind#AGREEMENT agreement} without a party and a
 * {@link AgreementKind#PROPOSAL proposal} without a proposer. Whether a decision supported it before it was
 * signed is for the validators (rule PK122). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeaceAgreement {

    PeaceAgreement() {
    }

    /**
     * Returns the name by which the agreement is known and referred to, e.g. "Arusha Peace Agreement".
     *
     * @return the name, not blank, unique among a mission's agreements
     */
    public abstract String name();

    /**
     * Returns the full title as the text gives it, e.g. "Peace Agreement between the Government of the
     * Republic of Rwanda and the Rwandese Patriotic Front".
     *
     * @return the title, empty if not recorded
     */
    public abstract Optional<String> title();

    /**
     * Returns whether the text was agreed by its parties or proposed to them.
     *
     * @return the kind, not null
     */
    public abstract AgreementKind kind();

    /**
     * Returns the day the agreement was signed, or for a {@link AgreementKind#PROPOSAL proposal} the date of
     * the document that put it forward.
     *
     * @return the day, not null
     */
    public abstract LocalDate date();

    /**
     * Returns where the agreement was signed, e.g. "Arusha".
     *
     * @return the place, empty if not recorded
     */
    public abstract Optional<String> place();

    /**
     * Returns the symbol of the UN document that holds the text, e.g. "S/12636".
     *
     * @return the symbol, empty if not recorded
     */
    public abstract Optional<String> document();

    /**
     * Returns the agreement's number in the PA-X Peace Agreements Database (University of Edinburgh),
     * e.g. 475 for the Arusha Peace Agreement: a key to join with that database.
     *
     * @return the number, positive; empty if PA-X has no record of it or none is recorded
     */
    public abstract OptionalInt paxId();

    /**
     * Returns the parties and third parties, in the order given.
     *
     * @return the participants, none repeated, unmodifiable
     */
    public abstract List<Participant> participants();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PeaceAgreement}: setters named after its fields ({@code name}, {@code title}, {@code kind},
     * {@code date}, {@code place}, {@code document}, {@code paxId}), {@code addParticipant} and
     * {@code participants(Iterable)}; {@code from(PeaceAgreement)} copies one; optional fields take null as
     * absent; {@code build()} checks the result and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutablePeaceAgreement.Builder generated = new ImmutablePeaceAgreement.Builder();

        Builder() {
        }

        /**
         * Copies the values of a peace agreement into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param peaceAgreement  the peace agreement to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code peaceAgreement} is null
         */
        public Builder from(PeaceAgreement peaceAgreement) {
            generated.from(Given.value("peaceAgreement", peaceAgreement));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#name()}.
         *
         * @param name  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code name} is null
         */
        public Builder name(String name) {
            generated.name(Given.value(FieldNames.NAME, name));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#title()}.
         *
         * @param title  the value, null for none
         * @return this builder
         */
        public Builder title(String title) {
            generated.title(title);
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#title()}.
         *
         * @param title  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code title} is null
         */
        public Builder title(Optional<String> title) {
            generated.title(Given.value(FieldNames.TITLE, title));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#kind()}.
         *
         * @param kind  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code kind} is null
         */
        public Builder kind(AgreementKind kind) {
            generated.kind(Given.value(FieldNames.KIND, kind));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#date()}.
         *
         * @param date  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code date} is null
         */
        public Builder date(LocalDate date) {
            generated.date(Given.value(FieldNames.DATE, date));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#place()}.
         *
         * @param place  the value, null for none
         * @return this builder
         */
        public Builder place(String place) {
            generated.place(place);
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#place()}.
         *
         * @param place  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code place} is null
         */
        public Builder place(Optional<String> place) {
            generated.place(Given.value(FieldNames.PLACE, place));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#document()}.
         *
         * @param document  the value, null for none
         * @return this builder
         */
        public Builder document(String document) {
            generated.document(document);
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#document()}.
         *
         * @param document  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code document} is null
         */
        public Builder document(Optional<String> document) {
            generated.document(Given.value(FieldNames.DOCUMENT, document));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#paxId()}.
         *
         * @param paxId  the value
         * @return this builder
         */
        public Builder paxId(int paxId) {
            generated.paxId(paxId);
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#paxId()}.
         *
         * @param paxId  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code paxId} is null
         */
        public Builder paxId(OptionalInt paxId) {
            generated.paxId(Given.value(FieldNames.PAX_ID, paxId));
            return this;
        }

        /**
         * Adds one element of {@link PeaceAgreement#participants()}, after those added before.
         *
         * @param participant  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code participant} is null
         */
        public Builder addParticipant(Participant participant) {
            generated.addParticipant(Given.element(FieldNames.PARTICIPANTS, participant));
            return this;
        }

        /**
         * Adds elements of {@link PeaceAgreement#participants()}, after those added before; if one is refused, none is added.
         *
         * @param participants  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code participants} or one of its elements is null
         */
        public Builder addParticipants(Participant... participants) {
            generated.addParticipants(Given.elements(FieldNames.PARTICIPANTS, participants));
            return this;
        }

        /**
         * Sets {@link PeaceAgreement#participants()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param participants  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code participants} or one of its elements is null
         */
        public Builder participants(Iterable<? extends Participant> participants) {
            generated.participants(Given.elements(FieldNames.PARTICIPANTS, participants));
            return this;
        }

        /**
         * Adds elements of {@link PeaceAgreement#participants()}, after those added before; if one is refused, none is added.
         *
         * @param participants  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code participants} or one of its elements is null
         */
        public Builder addAllParticipants(Iterable<? extends Participant> participants) {
            generated.addAllParticipants(Given.elements(FieldNames.PARTICIPANTS, participants));
            return this;
        }

        /**
         * Builds the peace agreement and checks it.
         *
         * @return the peace agreement, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public PeaceAgreement build() {
            return generated.build();
        }
    }

    /**
     * Returns the parties, in the order given.
     *
     * @return the participants whose role is {@link ParticipantRole#PARTY}, unmodifiable
     */
    public List<Participant> parties() {
        return participants().stream().filter(p -> !p.role().isThirdParty()).toList();
    }

    /**
     * Returns the third parties, in the order given.
     *
     * @return the participants in every other role, unmodifiable
     */
    public List<Participant> thirdParties() {
        return participants().stream().filter(p -> p.role().isThirdParty()).toList();
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.NAME, name());
        Require.text(FieldNames.TITLE, title());
        Require.text(FieldNames.PLACE, place());
        Require.text(FieldNames.DOCUMENT, document());
        if (paxId().isPresent() && paxId().getAsInt() <= 0) {
            throw new PeacekeepingException(FieldNames.PAX_ID, paxId().getAsInt(), "must be positive");
        }
        Require.distinct(FieldNames.PARTICIPANTS, participants());
        if (kind() == AgreementKind.AGREEMENT && parties().isEmpty()) {
            throw new PeacekeepingException(FieldNames.PARTICIPANTS, participants(),
                    "an agreement must have at least one PARTY");
        }
        if (kind() == AgreementKind.PROPOSAL
                && participants().stream().noneMatch(p -> p.role() == ParticipantRole.PROPOSER)) {
            throw new PeacekeepingException(FieldNames.PARTICIPANTS, participants(),
                    "a proposal must have at least one PROPOSER");
        }
    }

    /**
     * Returns the name and date, e.g. {@code Arusha Peace Agreement (1993-08-04)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return name() + " (" + date() + ")";
    }
}
