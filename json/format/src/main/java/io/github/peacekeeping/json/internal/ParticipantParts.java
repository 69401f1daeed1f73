package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;

/**
 * The builder of a peace agreement's participant, which the model makes from its actor, its role and the
 * person named for it ({@link Participant#of}): the fields of {@code {"actor", "role", "person"}} reach
 * these parts.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class ParticipantParts {

    private Actor actor;
    private ParticipantRole role;
    private String person;

    void actor(Actor value) {
        this.actor = value;
    }

    void role(ParticipantRole value) {
        this.role = value;
    }

    void person(String value) {
        this.person = value;
    }

    Participant build() {
        return person == null ? Participant.of(actor, role) : Participant.of(actor, role, person);
    }
}
