package io.github.peacekeeping.core.agreement;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
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
     */
    public static final class Builder extends ImmutablePeaceAgreement.Builder {
        Builder() {
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
