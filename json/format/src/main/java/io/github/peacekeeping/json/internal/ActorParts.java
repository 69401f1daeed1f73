package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The builder of an actor, which the wire format writes as an object of exactly one field naming its kind:
 * {@code {"state": "RWA"}}, {@code {"organization": "OAU"}}, {@code {"group": "Rwandese Patriotic Front"}}
 * or {@code {"force": {...}}}. Each field reaches one part; building makes the actor, so that the model's
 * refusal (a blank group) points at its field, and refuses none and more than one.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class ActorParts {

    /** The kinds, in the order of the format: the "expected exactly one of" list. */
    static final List<String> KINDS =
            List.of(FieldNames.STATE, FieldNames.ORGANIZATION, FieldNames.GROUP, FieldNames.FORCE);

    /**
     * The most forces a document may nest in one another's leaders ({@code ledBy}): at 8, the deepest
     * value (a participant's actor, a force led by a force... led by a state) is nested 30 levels, within
     * the readers' limit of 32 ({@link Limits#MAX_NESTING_DEPTH}). The writers refuse a deeper chain.
     */
    static final int MAX_FORCES = 8;

    private final List<String> kinds = new ArrayList<>(1);
    private CountryCode state;
    private Organization organization;
    private String group;
    private Force force;

    void state(CountryCode value) {
        kinds.add(FieldNames.STATE);
        this.state = value;
    }

    void organization(Organization value) {
        kinds.add(FieldNames.ORGANIZATION);
        this.organization = value;
    }

    void group(String name) {
        kinds.add(FieldNames.GROUP);
        this.group = name;
    }

    void force(Force value) {
        kinds.add(FieldNames.FORCE);
        this.force = value;
    }

    Actor build() {
        if (kinds.size() != 1) {
            throw new PeacekeepingException(FieldNames.ACTOR, List.copyOf(kinds), "expected exactly one of " + KINDS);
        }
        if (state != null) {
            return State.of(state);
        }
        if (group != null) {
            return Group.of(group);
        }
        return organization != null ? organization : force;
    }

    /**
     * Returns the actor as a force, for the writer, refusing a chain of forces deeper than the readers read.
     *
     * @return the force, if the actor is one
     * @throws WriteFailure if the force heads more than {@link #MAX_FORCES} forces nested in their leaders
     */
    static Optional<Force> asForce(Actor actor) {
        if (!(actor instanceof Force)) {
            return Optional.empty();
        }
        Force force = (Force) actor;
        int depth = depth(force);
        if (depth > MAX_FORCES) {
            throw new WriteFailure(Messages.quote(force.toString()), "forces nested in their leaders at most "
                    + MAX_FORCES + " deep, as the readers' nesting limit allows; this one heads " + depth);
        }
        return Optional.of(force);
    }

    private static int depth(Force force) {
        int deepest = 0;
        for (Actor leader : force.ledBy()) {
            if (leader instanceof Force) {
                deepest = Math.max(deepest, depth((Force) leader));
            }
        }
        return deepest + 1;
    }

    /**
     * Returns the actor as one of its kinds, for the writer.
     *
     * @return the actor, if it is of that kind
     */
    static <A extends Actor> Optional<A> as(Actor actor, Class<A> kind) {
        return kind.isInstance(actor) ? Optional.of(kind.cast(actor)) : Optional.empty();
    }
}
