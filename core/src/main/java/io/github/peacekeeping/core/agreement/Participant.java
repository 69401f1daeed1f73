package io.github.peacekeeping.core.agreement;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor that took part in a peace agreement, in a role, with the person the record names for it:
 * {@code PARTY RWA (Juvénal Habyarimana)}, {@code FACILITATOR TZA (Ali Hassan Mwinyi)}. For a party, the
 * person who signed for it; for a third party, the person who acted as it or for it.
 *
 * <p>Construction refuses a blank or padded person. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant {

    Participant() {
    }

    /**
     * Returns the actor: a state, an organization, a group or a force.
     *
     * @return the actor, not null
     */
    @Value.Parameter
    public abstract Actor actor();

    /**
     * Returns the actor's role.
     *
     * @return the role, not null
     */
    @Value.Parameter
    public abstract ParticipantRole role();

    /**
     * Returns the person the record names for the actor: who signed for a party, or who acted as or for a
     * third party, e.g. "Ali Hassan Mwinyi", the facilitator at Arusha as President of Tanzania.
     *
     * @return the person, empty where the record names none
     */
    public abstract Optional<String> person();

    /**
     * Obtains a participant without a named person.
     *
     * @param actor  the actor, not null
     * @param role   the role, not null
     * @return the participant, not null
     * @throws PeacekeepingException if a value is missing
     */
    public static Participant of(Actor actor, ParticipantRole role) {
        return ImmutableParticipant.of(actor, role);
    }

    /**
     * Obtains a participant with the person who acted for it.
     *
     * @param actor   the actor, not null
     * @param role    the role, not null
     * @param person  the person's name, not blank
     * @return the participant, not null
     * @throws PeacekeepingException if a value is missing or the name is blank or padded
     */
    public static Participant of(Actor actor, ParticipantRole role, String person) {
        if (person == null) {
            throw new MissingValueException(FieldNames.PERSON);
        }
        return new ImmutableParticipant.Builder().actor(actor).role(role).person(person).build();
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.PERSON, person());
    }

    /**
     * Returns the role, the actor and the person, e.g. {@code PARTY RWA (Juvénal Habyarimana)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return role() + " " + actor() + person().map(p -> " (" + p + ")").orElse("");
    }
}
